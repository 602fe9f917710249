import { defineRule } from '../engine/rule.js';
import { wordList, missingAt } from '../rule-support/presence.js';
import { fieldName } from '../rule-support/registry-words.js';
import { STUDY_TYPE_POINTER, isInterventional } from '../rule-support/study-type.js';

export default defineRule(
  {
    id: 'fda-regulated-flags-required',
    defaultSeverity: 'error',
    category: 'required',
    description:
      'Require an interventional study to say whether it studies a U.S. FDA-regulated drug or device',
    registry: 'error',
    source: 'REQ-FDA-FLAGS',
    fixable: false,
    since: '2017-01-18',
  },
  ({ trial, report }) => {
    if (!isInterventional(trial)) return;
    const oversight = trial.oversightModule;
    if (oversight === null) return; // written without a value: the schema reports it
    const missing = [
      oversight?.isFdaRegulatedDrug === undefined && 'isFdaRegulatedDrug',
      oversight?.isFdaRegulatedDevice === undefined && 'isFdaRegulatedDevice',
    ].filter((key): key is string => key !== false);
    const first = missing[0];
    if (!first) return;
    report({
      ...missingAt(trial, `/oversightModule/${first}`, STUDY_TYPE_POINTER),
      missing: missing.map((key) => `/oversightModule/${key}`),
      message: `An interventional study must answer ${wordList(missing.map((key) => fieldName(`/oversightModule/${key}`)))} with true or false.`,
    });
  },
);
