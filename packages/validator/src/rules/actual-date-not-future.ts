import { defineRule } from '../engine/rule.js';
import { studyDates } from '../rule-support/dates-study-dates.js';
import { comparePartialDates } from '../rule-support/partial-date.js';
import { fieldLabelOf, fieldName, valueName } from '../rule-support/registry-words.js';

export default defineRule(
  {
    id: 'actual-date-not-future',
    defaultSeverity: 'error',
    category: 'status-dates',
    description: 'Disallow actual study dates later than today',
    registry: 'error',
    source: 'DAT-ACTUAL-NOT-FUTURE',
    fixable: false,
  },
  ({ trial, asOf, report }) => {
    for (const { date, type, pointer } of studyDates(trial)) {
      // Compared at the date's own precision: 2026-11 is not in the future on 2026-11-21.
      if (type !== 'ACTUAL' || !date || (comparePartialDates(date, asOf) ?? 0) <= 0) continue;
      report({
        pointer: `${pointer}/date`,
        message: `${fieldName(`${pointer}/date`)} ${date} is marked ${valueName(`${pointer}/type`, 'ACTUAL')} but is later than today (${asOf}): give the date it actually happened, or set ${fieldLabelOf(`${pointer}/type`)} to ${valueName(`${pointer}/type`, 'ESTIMATED')}.`,
      });
    }
  },
);
