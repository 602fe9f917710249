import { defineRule } from '../engine/rule.js';
import { hasText, missingAt } from '../rule-support/presence.js';
import { fieldName } from '../rule-support/registry-words.js';

const POINTER = '/conditionsModule/conditions';
const ADVICE = 'name at least one disease, disorder or other focus of the study, preferably as a MeSH term';

export default defineRule(
  {
    id: 'conditions-required',
    defaultSeverity: 'error',
    category: 'required',
    description: 'Require at least one condition or focus of the study',
    registry: 'error',
    source: 'REQ-CONDITIONS',
    fixable: false,
  },
  ({ trial, report }) => {
    const conditions = trial.conditionsModule?.conditions;
    if (conditions === null) return; // written without a value: the schema reports it
    if (conditions === undefined) {
      report({ ...missingAt(trial, POINTER), message: `${fieldName(POINTER)} is missing: ${ADVICE}.` });
      return;
    }
    if (conditions.some(hasText)) return;
    report({
      pointer: POINTER,
      target: 'key',
      message: `${fieldName(POINTER)} ${conditions.length ? 'has only blank entries' : 'is empty'}: ${ADVICE}.`,
    });
  },
);
