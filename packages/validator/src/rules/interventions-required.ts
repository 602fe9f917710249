import { defineRule } from '../engine/rule.js';
import { isBlank, missingAt, missingFieldsAt, wordList } from '../rule-support/presence.js';
import { fieldLabelOf, fieldName, valueName } from '../rule-support/registry-words.js';
import { isInterventional, STUDY_TYPE_POINTER } from '../rule-support/study-type.js';

const INTERVENTIONS = '/armsInterventionsModule/interventions';

const TYPE_EXAMPLES = ['DRUG', 'DEVICE', 'BIOLOGICAL', 'BEHAVIORAL', 'PROCEDURE', 'OTHER'] as const;

/** What to write for a missing intervention field (the message has named the field by its form label already). */
function hint(intervention: string, field: 'type' | 'name'): string {
  return field === 'name'
    ? 'its non-proprietary name in name'
    : `its kind in type, e.g. ${wordList(
        TYPE_EXAMPLES.map((code) => valueName(`${intervention}/type`, code)),
        'or',
      )}`;
}

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
        message: `An interventional study needs at least one ${fieldName(INTERVENTIONS)}, each with an ${fieldLabelOf(`${INTERVENTIONS}/0/type`)} (e.g. ${valueName(`${INTERVENTIONS}/0/type`, 'DRUG')}) and an ${fieldLabelOf(`${INTERVENTIONS}/0/name`)}.`,
      });
      return;
    }
    interventions.forEach((intervention, index) => {
      const missing = (['type', 'name'] as const).filter((field) => isBlank(intervention[field]));
      if (!missing.length) return;
      const at = `${INTERVENTIONS}/${index}`;
      const name = isBlank(intervention.name) ? fieldName(at) : `Intervention "${intervention.name}"`;
      report({
        ...missingFieldsAt(trial, at, missing),
        message: `${name} has no ${wordList(
          missing.map((field) => fieldLabelOf(`${at}/${field}`)),
          'or',
        )}: give ${wordList(missing.map((field) => hint(at, field)))}.`,
      });
    });
  },
);
