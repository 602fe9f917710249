import { defineRule } from '../engine/rule.js';
import { coveredDeadlines, dayCount } from '../rule-support/deadlines.js';

export default defineRule(
  {
    id: 'registration-late',
    defaultSeverity: 'error',
    category: 'deadlines',
    description:
      'Require an applicable clinical trial to be registered within 21 days of enrolling its first participant',
    // PRS does not block the record for it: a matter of law and of the public trackers, not of validation.
    registry: 'note',
    source: '42 CFR 11.24',
    fixable: false,
    preset: 'us-fdaaa',
  },
  ({ trial, asOf, report }) => {
    for (const deadline of coveredDeadlines(trial, asOf, 'registration')) {
      if (!deadline.due) continue;
      if (deadline.state === 'overdue')
        report({
          pointer: deadline.pointer,
          message: `Registration was due on ${deadline.due} and is ${dayCount(deadline.due, asOf)} late (today is ${asOf}): ${deadline.basis} Register the trial now.`,
        });
      else if (deadline.state === 'met' && deadline.metOn && deadline.metOn > deadline.due)
        report({
          pointer: deadline.pointer,
          message: `The trial was registered on ${deadline.metOn}, ${dayCount(deadline.due, deadline.metOn)} after the due day ${deadline.due}: ${deadline.basis} This cannot be undone; suppress the finding with the reason once it is answered for.`,
        });
    }
  },
);
