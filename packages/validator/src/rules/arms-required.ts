import { defineRule } from '../engine/rule.js';
import { isBlank, missingAt, missingFieldsAt, wordList } from '../rule-support/presence.js';
import { isInterventional, STUDY_TYPE_POINTER } from '../rule-support/study-type.js';

const ARMS = '/armsInterventionsModule/armGroups';

const HINTS: Record<string, string> = {
  label: 'a short title in label',
  type: "the arm's role in type (EXPERIMENTAL, ACTIVE_COMPARATOR, PLACEBO_COMPARATOR, SHAM_COMPARATOR, NO_INTERVENTION or OTHER)",
};

export default defineRule(
  {
    id: 'arms-required',
    defaultSeverity: 'error',
    category: 'arms-interventions',
    description: 'Require an interventional study to list its arms, each with a label and a type',
    registry: 'error',
    source: 'REQ-ARMS',
    fixable: false,
  },
  ({ trial, report }) => {
    if (!isInterventional(trial)) return;
    const arms = trial.armsInterventionsModule?.armGroups ?? [];
    if (!arms.length) {
      report({
        ...missingAt(trial, ARMS, STUDY_TYPE_POINTER),
        message:
          'An interventional study needs at least one arm in armsInterventionsModule.armGroups, each with a label and a type (e.g. EXPERIMENTAL or PLACEBO_COMPARATOR).',
      });
      return;
    }
    arms.forEach((arm, index) => {
      const missing = (['label', 'type'] as const).filter((field) => isBlank(arm[field]));
      if (!missing.length) return;
      const name = isBlank(arm.label) ? `armsInterventionsModule.armGroups[${index}]` : `Arm "${arm.label}"`;
      report({
        ...missingFieldsAt(trial, `${ARMS}/${index}`, missing),
        message: `${name} has no ${wordList(missing, 'or')}: give ${wordList(missing.map((field) => HINTS[field] ?? field))}.`,
      });
    });
  },
);
