import { defineRule } from '../engine/rule.js';
import { isBlank, missingAt } from '../rule-support/presence.js';
import { interventionReference } from '../rule-support/interventions.js';
import { fieldLabelOf, fieldName } from '../rule-support/registry-words.js';

const INTERVENTIONS = '/armsInterventionsModule/interventions';

export default defineRule(
  {
    id: 'intervention-description-required',
    defaultSeverity: 'error',
    category: 'arms-interventions',
    description: 'Require a description of every intervention',
    registry: 'error',
    source: 'REQ-INTERVENTIONS',
    fixable: false,
    since: '2017-01-18',
  },
  ({ trial, report }) => {
    (trial.armsInterventionsModule?.interventions ?? []).forEach((intervention, index) => {
      if (!isBlank(intervention.description)) return;
      const reference = isBlank(intervention.name) ? undefined : interventionReference(intervention);
      const name = reference ? `Intervention "${reference}"` : fieldName(`${INTERVENTIONS}/${index}`);
      report({
        ...missingAt(trial, `${INTERVENTIONS}/${index}/description`),
        message: `${name} has no ${fieldLabelOf(`${INTERVENTIONS}/${index}/description`)}: say enough in description to tell it from similar interventions, e.g. dosage form, dose, frequency and duration.`,
      });
    });
  },
);
