import { defineRule } from '../engine/rule.js';
import { studyDates } from '../rule-support/dates-study-dates.js';

export default defineRule(
  {
    id: 'completion-dates-actual-when-closed',
    defaultSeverity: 'error',
    category: 'status-dates',
    description:
      'Require actual primary completion and completion dates once a study is completed or terminated',
    registry: 'error',
    source: 'DAT-PCD-ACTUAL',
    fixable: false,
  },
  ({ trial, report }) => {
    const status = trial.statusModule?.overallStatus;
    if (status !== 'COMPLETED' && status !== 'TERMINATED') return;
    for (const date of studyDates(trial)) {
      if (date.key === 'startDateStruct' || date.type !== 'ESTIMATED') continue;
      report({
        pointer: `${date.pointer}/type`,
        message: `The study is ${status}, so ${date.path} has passed: set its type to ACTUAL and give the actual date.`,
      });
    }
  },
);
