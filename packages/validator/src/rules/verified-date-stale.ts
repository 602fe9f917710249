import { defineRule } from '../engine/rule.js';
import { wellFormedDate } from '../rule-support/dates-study-dates.js';
import { comparePartialDates, monthsBefore } from '../rule-support/partial-date.js';
import { effectiveStatus } from '../rule-support/status-effective.js';
import { isOneOf, OVERALL_STATUS, statusWords } from '../rule-support/status.js';
import { fieldName } from '../rule-support/registry-words.js';

/** Statuses after which the registry no longer expects yearly verification. */
const ENDED = [
  'COMPLETED',
  'TERMINATED',
  'WITHDRAWN',
  'NO_LONGER_AVAILABLE',
  'APPROVED_FOR_MARKETING',
] as const;

const VERIFIED = '/statusModule/statusVerifiedDate';

export default defineRule(
  {
    id: 'verified-date-stale',
    defaultSeverity: 'warning',
    category: 'status-dates',
    description: 'Require an ongoing study to be verified within the last 12 months',
    registry: 'warning',
    source: 'DAT-VERIFIED-STALE',
    fixable: false,
  },
  ({ trial, asOf, report }) => {
    // For imported UNKNOWN records, the last status the registrant entered says whether the study is ongoing.
    const status = effectiveStatus(trial);
    const unknown = trial.statusModule?.overallStatus === 'UNKNOWN';
    const verified = wellFormedDate(trial.statusModule?.statusVerifiedDate);
    if ((!status && !unknown) || isOneOf(status, ENDED) || !verified) return;
    const limit = monthsBefore(asOf, 12);
    if ((comparePartialDates(verified, limit) ?? 0) >= 0) return;
    // The registry has already marked the record UNKNOWN: say so, in the one finding its dates get (see
    // estimated-date-past), and name the status the record shows, not the one last entered.
    if (unknown) {
      report({
        pointer: VERIFIED,
        message: `The registry shows this study's status as ${statusWords('UNKNOWN')}${status ? `, last known ${statusWords(status)}` : ''}: it was last verified in ${verified} (today is ${asOf}) and its completion date has passed. Verify the record, then set ${fieldName(OVERALL_STATUS)} and replace the estimated dates that have passed with actual or new ones.`,
      });
      return;
    }
    report({
      pointer: VERIFIED,
      message: `${fieldName(VERIFIED)} ${verified} is more than 12 months ago (today is ${asOf}) for a study that is ${statusWords(status ?? '')}; check that the record is still accurate and set statusVerifiedDate to the month you did.`,
    });
  },
);
