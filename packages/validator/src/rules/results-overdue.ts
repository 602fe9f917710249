import { defineRule } from '../engine/rule.js';
import { coveredDeadlines, dayCount } from '../rule-support/deadlines.js';

export default defineRule(
  {
    id: 'results-overdue',
    defaultSeverity: 'error',
    category: 'deadlines',
    description:
      'Require the results of an applicable clinical trial within a year of its primary completion',
    // PRS does not block the record for it: a matter of law and of the public trackers, not of validation.
    registry: 'note',
    source: '42 CFR 11.44',
    fixable: false,
    preset: 'us-fdaaa',
  },
  ({ trial, asOf, report }) => {
    for (const deadline of coveredDeadlines(trial, asOf, 'results')) {
      if (deadline.state !== 'overdue' || !deadline.due) continue;
      report({
        pointer: deadline.pointer,
        message: `Results were due on ${deadline.due} and are ${dayCount(deadline.due, asOf)} overdue (today is ${asOf}): ${deadline.basis} Submit the results, or a certification of delay if one applies; trackers list this trial as overdue.`,
      });
    }
  },
);
