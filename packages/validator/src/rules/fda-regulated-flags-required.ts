import { defineRule } from '../engine/rule.js';
import { wordList, missingAt } from '../rule-support/presence.js';
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
      oversight?.isFdaRegulatedDrug === undefined && {
        key: 'isFdaRegulatedDrug',
        text: 'oversightModule.isFdaRegulatedDrug (does it study a drug or biological product regulated by the U.S. FDA?)',
      },
      oversight?.isFdaRegulatedDevice === undefined && {
        key: 'isFdaRegulatedDevice',
        text: 'oversightModule.isFdaRegulatedDevice (a device product regulated by the U.S. FDA?)',
      },
    ].filter((item): item is { key: string; text: string } => item !== false);
    const first = missing[0];
    if (!first) return;
    report({
      ...missingAt(trial, `/oversightModule/${first.key}`, STUDY_TYPE_POINTER),
      missing: missing.map((item) => `/oversightModule/${item.key}`),
      message: `An interventional study must answer ${wordList(missing.map((item) => item.text))} with true or false.`,
    });
  },
);
