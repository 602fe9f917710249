import { defineRule } from '../engine/rule.js';
import { missingAt } from '../rule-support/presence.js';
import {
  isClinicalStudy,
  STUDY_TYPE_POINTER,
  studyTypeOf,
  studyTypeWords,
} from '../rule-support/study-type.js';
import { fieldName } from '../rule-support/registry-words.js';

const PRIMARY_OUTCOMES = '/outcomesModule/primaryOutcomes';

export default defineRule(
  {
    id: 'primary-outcome-required',
    defaultSeverity: 'error',
    category: 'outcomes',
    description: 'Require at least one primary outcome in an interventional or observational study',
    registry: 'error',
    source: 'REQ-PRIMARY-OUTCOME, OUT-PRIMARY-EXISTS',
    fixable: false,
  },
  ({ trial, report }) => {
    const type = studyTypeOf(trial);
    if (!type || !isClinicalStudy(trial) || trial.outcomesModule?.primaryOutcomes?.length) return;
    const words = studyTypeWords(type);
    report({
      ...missingAt(trial, PRIMARY_OUTCOMES, STUDY_TYPE_POINTER),
      message: `${words.charAt(0).toUpperCase()}${words.slice(1)} needs at least one primary outcome: add an entry to ${fieldName(PRIMARY_OUTCOMES)} with its title in measure and its time frame in timeFrame.`,
    });
  },
);
