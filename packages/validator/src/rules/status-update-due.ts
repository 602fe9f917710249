import { defineRule } from '../engine/rule.js';
import { coveredDeadlines, dayCount } from '../rule-support/deadlines.js';
import { fieldName } from '../rule-support/registry-words.js';

export default defineRule(
  {
    id: 'status-update-due',
    defaultSeverity: 'warning',
    category: 'deadlines',
    description:
      'Require the registry record of an applicable clinical trial to be updated within 30 days of a status change or the actual primary completion',
    // PRS does not block the record for it: a matter of law and of the public trackers, not of validation.
    registry: 'note',
    source: '42 CFR 11.64',
    fixable: false,
    preset: 'us-fdaaa',
  },
  ({ trial, asOf, report }) => {
    for (const deadline of coveredDeadlines(trial, asOf, 'status-update')) {
      if (!deadline.due || (deadline.state !== 'due' && deadline.state !== 'overdue')) continue;
      const when =
        deadline.state === 'overdue'
          ? `was due by ${deadline.due} and is ${dayCount(deadline.due, asOf)} overdue`
          : `is due by ${deadline.due}, in ${dayCount(asOf, deadline.due)}`;
      report({
        pointer: deadline.pointer,
        message: `The registry update ${when} (today is ${asOf}): ${deadline.basis} Update the registry record; importing it again fills in ${fieldName('/statusModule/lastUpdateSubmitDate')}.`,
      });
    }
  },
);
