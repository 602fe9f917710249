import { defineRule } from '../engine/rule.js';
import { armsAndInterventions, linked } from '../rule-support/arms-links.js';
import { interventionReference } from '../rule-support/interventions.js';
import { fieldLabelOf } from '../rule-support/registry-words.js';

export default defineRule(
  {
    id: 'intervention-in-arm',
    defaultSeverity: 'error',
    category: 'arms-interventions',
    description: 'Require every intervention to be linked to at least one arm or group',
    registry: 'error',
    source: 'INT-IN-SOME-ARM',
    fixable: false,
  },
  ({ trial, report }) => {
    const { arms, interventions } = armsAndInterventions(trial);
    // Observational studies may list interventions without groups; with no arms there is nothing to link to.
    if (!arms.length) return;
    interventions.forEach((intervention, index) => {
      if (intervention.name === undefined || intervention.name.trim() === '') return;
      if ((intervention.armGroupLabels ?? []).length || arms.some((arm) => linked(arm, intervention))) return;
      const reference = interventionReference(intervention) ?? intervention.name;
      report({
        pointer: `/armsInterventionsModule/interventions/${index}/name`,
        message: `Intervention "${reference}" belongs to no arm or group: add it to the ${fieldLabelOf('/armsInterventionsModule/armGroups/0/interventionNames')} (interventionNames) of each arm that receives it and list those arms in its ${fieldLabelOf(`/armsInterventionsModule/interventions/${index}/armGroupLabels`)} (armGroupLabels), or remove the intervention.`,
      });
    });
  },
);
