import { defineRule } from '../engine/rule.js';
import { isDraft } from '../rule-support/status-effective.js';
import { fieldName } from '../rule-support/registry-words.js';
import { OVERALL_STATUS, statusWords } from '../rule-support/status.js';

export default defineRule(
  {
    id: 'status-enterable',
    defaultSeverity: 'error',
    category: 'status-dates',
    description: 'Disallow the registry-assigned statuses UNKNOWN and WITHHELD and lastKnownStatus in drafts',
    registry: 'tool',
    source: 'STA-ENTERABLE-STATUS',
    fixable: false,
  },
  ({ trial, report }) => {
    // Registered records carry what the registry assigned; only drafts are authored.
    if (!isDraft(trial)) return;
    const status = trial.statusModule?.overallStatus;
    const last = trial.statusModule?.lastKnownStatus;
    if (status === 'UNKNOWN' || status === 'WITHHELD') {
      const guess = last && last !== 'UNKNOWN' && last !== 'WITHHELD' ? last : undefined;
      const pointer = '/statusModule/overallStatus';
      report({
        pointer,
        message:
          status === 'UNKNOWN'
            ? `${statusWords('UNKNOWN')} is set by the registry when a study's status has not been verified for two years and cannot be entered; give the study's current status in ${fieldName(pointer)}${guess ? `; the last known one is ${statusWords(guess)}` : ''}.`
            : `${statusWords('WITHHELD')} is set by the registry and cannot be entered; give the study's current status in ${fieldName(pointer)}.`,
        ...(guess
          ? {
              suggestions: [
                { title: `Change to ${guess}`, fix: [{ op: 'replace' as const, pointer, value: guess }] },
              ],
            }
          : {}),
      });
    }
    if (last !== undefined) {
      report({
        pointer: '/statusModule/lastKnownStatus',
        target: 'key',
        message: `${fieldName('/statusModule/lastKnownStatus')} is kept by the registry beside an ${statusWords('UNKNOWN')} and cannot be entered; remove it and give the current status in ${fieldName(OVERALL_STATUS)}.`,
      });
    }
  },
);
