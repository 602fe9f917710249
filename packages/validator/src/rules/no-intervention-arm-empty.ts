import { defineRule } from '../engine/rule.js';
import { armsAndInterventions } from '../rule-support/arms-links.js';
import { mayBeInterventional } from '../rule-support/study-type.js';
import { interventionReference } from '../rule-support/interventions.js';
import { fieldLabelOf, fieldName, valueName } from '../rule-support/registry-words.js';

export default defineRule(
  {
    id: 'no-intervention-arm-empty',
    defaultSeverity: 'error',
    category: 'arms-interventions',
    description: 'Disallow interventions in an arm of type NO_INTERVENTION',
    registry: 'error',
    source: 'ARM-NO-INTERVENTION-EMPTY',
    fixable: false,
  },
  ({ trial, report }) => {
    if (!mayBeInterventional(trial)) return;
    const { arms, interventions } = armsAndInterventions(trial);
    const empty = new Set<string>();
    arms.forEach((arm, index) => {
      if (arm.type !== 'NO_INTERVENTION') return;
      if (arm.label !== undefined) empty.add(arm.label);
      const names = arm.interventionNames ?? [];
      if (!names.length) return;
      const name =
        arm.label !== undefined
          ? `Arm "${arm.label}"`
          : fieldName(`/armsInterventionsModule/armGroups/${index}`);
      const pointer = `/armsInterventionsModule/armGroups/${index}/interventionNames`;
      const type = `/armsInterventionsModule/armGroups/${index}/type`;
      report({
        pointer,
        target: 'key',
        message: `${name} is ${valueName(type, 'NO_INTERVENTION')} but its ${fieldLabelOf(pointer)} list ${names.map((entry) => `"${entry}"`).join(', ')}: remove its interventionNames, or give the arm the type that fits what it receives (e.g. ${valueName(type, 'ACTIVE_COMPARATOR')} or ${valueName(type, 'PLACEBO_COMPARATOR')}).`,
      });
    });
    interventions.forEach((intervention, i) => {
      (intervention.armGroupLabels ?? []).forEach((label, l) => {
        if (!empty.has(label)) return;
        const written = interventionReference(intervention) ?? intervention.name;
        const name =
          written !== undefined
            ? `Intervention "${written}"`
            : fieldName(`/armsInterventionsModule/interventions/${i}`);
        const pointer = `/armsInterventionsModule/interventions/${i}/armGroupLabels/${l}`;
        report({
          pointer,
          message: `${name} lists arm "${label}", which is ${valueName('/armsInterventionsModule/armGroups/0/type', 'NO_INTERVENTION')}: remove "${label}" from its ${fieldLabelOf(pointer)} (armGroupLabels), or change the arm's type if it does receive the intervention.`,
        });
      });
    });
  },
);
