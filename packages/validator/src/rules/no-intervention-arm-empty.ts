import { defineRule } from '../engine/rule.js';
import { armsAndInterventions } from '../rule-support/arms-links.js';
import { mayBeInterventional } from '../rule-support/study-type.js';
import { interventionReference } from '../rule-support/interventions.js';

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
        arm.label !== undefined ? `Arm "${arm.label}"` : `armsInterventionsModule.armGroups[${index}]`;
      report({
        pointer: `/armsInterventionsModule/armGroups/${index}/interventionNames`,
        target: 'key',
        message: `${name} is NO_INTERVENTION but lists ${names.map((entry) => `"${entry}"`).join(', ')}: remove its interventionNames, or give the arm the type that fits what it receives (e.g. ACTIVE_COMPARATOR or PLACEBO_COMPARATOR).`,
      });
    });
    interventions.forEach((intervention, i) => {
      (intervention.armGroupLabels ?? []).forEach((label, l) => {
        if (!empty.has(label)) return;
        const name = interventionReference(intervention) ?? intervention.name ?? `interventions[${i}]`;
        report({
          pointer: `/armsInterventionsModule/interventions/${i}/armGroupLabels/${l}`,
          message: `Intervention "${name}" lists arm "${label}", which is NO_INTERVENTION: remove "${label}" from its armGroupLabels, or change the arm's type if it does receive the intervention.`,
        });
      });
    });
  },
);
