import { defineRule } from '../engine/rule.js';
import { isBlank, missingAt, missingFieldsAt, wordList } from '../rule-support/presence.js';
import { isInterventional, STUDY_TYPE_POINTER } from '../rule-support/study-type.js';

const INTERVENTIONS = '/armsInterventionsModule/interventions';

const HINTS: Record<string, string> = {
  type: 'its kind in type (e.g. DRUG, DEVICE, BIOLOGICAL, BEHAVIORAL, PROCEDURE or OTHER)',
  name: 'its non-proprietary name in name',
};

export default defineRule(
  {
    id: 'interventions-required',
    defaultSeverity: 'error',
    category: 'arms-interventions',
    description: 'Require an interventional study to list its interventions, each with a type and a name',
    registry: 'error',
    source: 'REQ-INTERVENTIONS',
    fixable: false,
  },
  ({ trial, report }) => {
    if (!isInterventional(trial)) return;
    const interventions = trial.armsInterventionsModule?.interventions ?? [];
    if (!interventions.length) {
      report({
        ...missingAt(trial, INTERVENTIONS, STUDY_TYPE_POINTER),
        message:
          'An interventional study needs at least one intervention in armsInterventionsModule.interventions, each with a type (e.g. DRUG) and a name.',
      });
      return;
    }
    interventions.forEach((intervention, index) => {
      const missing = (['type', 'name'] as const).filter((field) => isBlank(intervention[field]));
      if (!missing.length) return;
      const name = isBlank(intervention.name)
        ? `armsInterventionsModule.interventions[${index}]`
        : `Intervention "${intervention.name}"`;
      report({
        ...missingFieldsAt(trial, `${INTERVENTIONS}/${index}`, missing),
        message: `${name} has no ${wordList(missing, 'or')}: give ${wordList(missing.map((field) => HINTS[field] ?? field))}.`,
      });
    });
  },
);
