import { defineRule } from '../engine/rule.js';
import { wellFormedDate } from '../rule-support/dates-study-dates.js';
import { comparePartialDates, monthOf } from '../rule-support/partial-date.js';
import { fieldName } from '../rule-support/registry-words.js';

const VERIFIED = '/statusModule/statusVerifiedDate';

export default defineRule(
  {
    id: 'verified-date-not-future',
    defaultSeverity: 'error',
    category: 'status-dates',
    description: 'Disallow a record verification date after the current month',
    registry: 'error',
    source: 'DAT-VERIFIED-NOT-FUTURE',
    fixable: false,
  },
  ({ trial, asOf, report }) => {
    const verified = wellFormedDate(trial.statusModule?.statusVerifiedDate);
    const month = monthOf(asOf);
    if (!verified || (comparePartialDates(verified, month) ?? 0) <= 0) return;
    report({
      pointer: VERIFIED,
      message: `${fieldName(VERIFIED)} ${verified} is after the current month (${month}); give the month in which the record was last checked.`,
    });
  },
);
