import { defineRule } from '../engine/rule.js';
import { coveredDeadlines, dayCount } from '../rule-support/deadlines.js';
import { fieldName } from '../rule-support/registry-words.js';

export default defineRule(
  {
    id: 'verification-overdue',
    defaultSeverity: 'error',
    category: 'deadlines',
    description: 'Require an ongoing applicable clinical trial to be verified at least every 12 months',
    // PRS does not block the record for it: a matter of law and of the public trackers, not of validation.
    registry: 'note',
    source: '42 CFR 11.64',
    fixable: false,
    preset: 'us-fdaaa',
  },
  ({ trial, asOf, report }) => {
    for (const deadline of coveredDeadlines(trial, asOf, 'verification')) {
      if (deadline.state !== 'overdue' || !deadline.due) continue;
      report({
        pointer: deadline.pointer,
        message: `Verification was due by ${deadline.due} and is ${dayCount(deadline.due, asOf)} overdue (today is ${asOf}): ${deadline.basis} Review the record, update the registry and set ${fieldName('/statusModule/statusVerifiedDate')} to the month you did.`,
      });
    }
  },
);
