import { defineRule } from '../engine/rule.js';
import { mayBeInterventional } from '../rule-support/study-type.js';
import { fieldName, valueName } from '../rule-support/registry-words.js';
import { wordList } from '../rule-support/presence.js';

const MODEL = '/designModule/designInfo/interventionModel';
const OTHER_MODELS = ['PARALLEL', 'CROSSOVER', 'FACTORIAL', 'SEQUENTIAL'];

export default defineRule(
  {
    id: 'single-group-one-arm',
    defaultSeverity: 'warning',
    category: 'design',
    description: 'Require a single-group study to have exactly one arm',
    registry: 'review-major',
    source: 'DES-SINGLE-GROUP-ARMS',
    fixable: false,
  },
  ({ trial, report }) => {
    if (!mayBeInterventional(trial) || trial.designModule?.designInfo?.interventionModel !== 'SINGLE_GROUP')
      return;
    // No arms yet is a draft: the required-arms rule asks for them.
    const count = trial.armsInterventionsModule?.armGroups?.length ?? 0;
    if (count <= 1) return;
    report({
      pointer: MODEL,
      message: `${fieldName(MODEL)} is ${valueName(MODEL, 'SINGLE_GROUP')} but the study has ${count} arms: a single-group study has exactly one arm, so merge the arms into one or choose the model that fits (${wordList(
        OTHER_MODELS.map((model) => valueName(MODEL, model)),
        'or',
      )}).`,
    });
  },
);
