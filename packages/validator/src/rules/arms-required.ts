import { defineRule } from '../engine/rule.js';
import { isBlank, missingAt, missingFieldsAt, wordList } from '../rule-support/presence.js';
import { fieldLabelOf, fieldName, valueName } from '../rule-support/registry-words.js';
import { isInterventional, STUDY_TYPE_POINTER } from '../rule-support/study-type.js';

const ARMS = '/armsInterventionsModule/armGroups';

const ARM_TYPES = [
  'EXPERIMENTAL',
  'ACTIVE_COMPARATOR',
  'PLACEBO_COMPARATOR',
  'SHAM_COMPARATOR',
  'NO_INTERVENTION',
  'OTHER',
] as const;

/** What to write for a missing arm field (the message has named the field by its form label already). */
function hint(arm: string, field: 'label' | 'type'): string {
  return field === 'label'
    ? 'a short title in label'
    : `the arm's role in type, one of ${wordList(
        ARM_TYPES.map((code) => valueName(`${arm}/type`, code)),
        'or',
      )}`;
}

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
        message: `An interventional study needs at least one ${fieldName(ARMS)}, each with an ${fieldLabelOf(`${ARMS}/0/label`)} and an ${fieldLabelOf(`${ARMS}/0/type`)} (e.g. ${valueName(`${ARMS}/0/type`, 'EXPERIMENTAL')} or ${valueName(`${ARMS}/0/type`, 'PLACEBO_COMPARATOR')}).`,
      });
      return;
    }
    arms.forEach((arm, index) => {
      const missing = (['label', 'type'] as const).filter((field) => isBlank(arm[field]));
      if (!missing.length) return;
      const name = isBlank(arm.label) ? fieldName(`${ARMS}/${index}`) : `Arm "${arm.label}"`;
      report({
        ...missingFieldsAt(trial, `${ARMS}/${index}`, missing),
        message: `${name} has no ${wordList(
          missing.map((field) => fieldLabelOf(`${ARMS}/${index}/${field}`)),
          'or',
        )}: give ${wordList(missing.map((field) => hint(`${ARMS}/${index}`, field)))}.`,
      });
    });
  },
);
