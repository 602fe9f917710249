import { defineRule } from '../engine/rule.js';
import { mayBeInterventional, mayBeObservational } from '../rule-support/study-type.js';
import { fieldName, valueName } from '../rule-support/registry-words.js';
import { valueChoices } from '../rule-support/value-choices.js';

const PURPOSE = '/designModule/designInfo/primaryPurpose';
const MODEL = '/designModule/designInfo/observationalModel';

export default defineRule(
  {
    id: 'legacy-enum-value',
    defaultSeverity: 'warning',
    category: 'design',
    description: 'Disallow primary purposes and observational models the registry no longer offers',
    registry: 'warning',
    source: 'DES-LEGACY-ENUM',
    fixable: false,
  },
  ({ trial, report }) => {
    const info = trial.designModule?.designInfo;
    if (info?.primaryPurpose === 'ECT' && mayBeInterventional(trial)) {
      report({
        pointer: PURPOSE,
        message: `${fieldName(PURPOSE)} is ${valueName(PURPOSE, 'ECT')}, which the registry no longer offers: for a new registration or an update choose another purpose, such as ${valueChoices(PURPOSE, ['SUPPORTIVE_CARE', 'PREVENTION', 'HEALTH_SERVICES_RESEARCH', 'OTHER'])}.`,
      });
    }
    const model = info?.observationalModel;
    if ((model === 'DEFINED_POPULATION' || model === 'NATURAL_HISTORY') && mayBeObservational(trial)) {
      report({
        pointer: MODEL,
        message: `${fieldName(MODEL)} is ${valueName(MODEL, model)}, which the registry no longer offers: for a new registration or an update choose another model, such as ${valueChoices(MODEL, ['COHORT', 'CASE_ONLY', 'ECOLOGIC_OR_COMMUNITY', 'OTHER'])}.`,
      });
    }
  },
);
