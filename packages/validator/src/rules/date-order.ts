import { defineRule } from '../engine/rule.js';
import { studyDates, type StudyDate } from '../rule-support/dates-study-dates.js';
import { comparePartialDates } from '../rule-support/partial-date.js';
import { fieldName } from '../rule-support/registry-words.js';

export default defineRule(
  {
    id: 'date-order',
    defaultSeverity: 'error',
    category: 'status-dates',
    description:
      'Require the start date before the primary completion date and that before the completion date',
    registry: 'error',
    source: 'DAT-ORDER',
    fixable: false,
  },
  ({ trial, report }) => {
    const dates = studyDates(trial).filter(
      (each): each is StudyDate & { date: string } => each.date !== undefined,
    );
    // Each date is checked against the nearest earlier one that it precedes (at the coarser precision).
    for (const [index, later] of dates.entries()) {
      const earlier = dates
        .slice(0, index)
        .reverse()
        .find((candidate) => (comparePartialDates(candidate.date, later.date) ?? 0) > 0);
      if (!earlier) continue;
      report({
        pointer: `${later.pointer}/date`,
        message: `${fieldName(`${later.pointer}/date`)} ${later.date} is before ${fieldName(`${earlier.pointer}/date`)} ${earlier.date}; the study starts, then reaches its primary completion, then its completion: correct one of the dates.`,
      });
    }
  },
);
