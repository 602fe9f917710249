import { defineRule } from '../engine/rule.js';
import { datePrecision, studyDates, wellFormedDate } from '../rule-support/dates-study-dates.js';
import { comparePartialDates } from '../rule-support/partial-date.js';
import { fieldName } from '../rule-support/registry-words.js';

/** Full dates for actual dates are expected from the registry's final rule on (42 CFR Part 11). */
const FULL_DATES_FROM = '2017-01-18';

export default defineRule(
  {
    id: 'date-precision',
    defaultSeverity: 'info',
    category: 'status-dates',
    description:
      'Enforce a full day for actual study dates and at least a month for estimates and the verification date',
    registry: 'note',
    source: 'DAT-FORMAT',
    fixable: true,
  },
  ({ trial, report }) => {
    const start = wellFormedDate(trial.statusModule?.startDateStruct?.date);
    // Records that started before the final rule were entered as yyyy-MM; leave them be.
    const legacy = start !== undefined && (comparePartialDates(start, FULL_DATES_FROM) ?? 0) < 0;
    if (!legacy) {
      for (const { date, type, pointer } of studyDates(trial)) {
        if (!date || !type) continue;
        const precision = datePrecision(date);
        if (type === 'ACTUAL' && precision !== 'day') {
          report({
            pointer: `${pointer}/date`,
            message: `${fieldName(`${pointer}/date`)} ${date} is an actual date: give the full day as yyyy-MM-dd.`,
          });
        } else if (type === 'ESTIMATED' && precision === 'year') {
          report({
            pointer: `${pointer}/date`,
            message: `${fieldName(`${pointer}/date`)} ${date} gives only a year: give at least the month of the estimate as yyyy-MM.`,
          });
        }
      }
    }
    const verified = wellFormedDate(trial.statusModule?.statusVerifiedDate);
    if (!verified || datePrecision(verified) === 'month') return;
    const pointer = '/statusModule/statusVerifiedDate';
    if (datePrecision(verified) === 'day') {
      report({
        pointer,
        message: `${fieldName(pointer)} is a month: write ${verified.slice(0, 7)} instead of ${verified}.`,
        fix: [{ op: 'replace', pointer, value: verified.slice(0, 7) }],
      });
    } else {
      report({
        pointer,
        message: `${fieldName(pointer)} ${verified} gives only a year: write the month as yyyy-MM.`,
      });
    }
  },
);
