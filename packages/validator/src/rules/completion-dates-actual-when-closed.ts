import { defineRule } from '../engine/rule.js';
import { studyDates } from '../rule-support/dates-study-dates.js';
import { fieldLabelOf, fieldName, valueName } from '../rule-support/registry-words.js';

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
        message: `The study is ${valueName('/statusModule/overallStatus', status)}, so the ${fieldLabelOf(date.pointer)} has passed: set ${fieldName(`${date.pointer}/type`)} to ${valueName(`${date.pointer}/type`, 'ACTUAL')} and give the actual date.`,
      });
    }
  },
);
