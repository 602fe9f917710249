import { defineRule } from '../engine/rule.js';
import { mayBeInterventional, mayBeObservational } from '../rule-support/study-type.js';

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
        pointer: '/designModule/designInfo/primaryPurpose',
        message:
          'designModule.designInfo.primaryPurpose ECT ("Educational/Counseling/Training") is no longer offered by the registry: for a new registration or an update choose another purpose, such as SUPPORTIVE_CARE, PREVENTION, HEALTH_SERVICES_RESEARCH or OTHER.',
      });
    }
    const model = info?.observationalModel;
    if ((model === 'DEFINED_POPULATION' || model === 'NATURAL_HISTORY') && mayBeObservational(trial)) {
      const label = model === 'DEFINED_POPULATION' ? 'Defined Population' : 'Natural History';
      report({
        pointer: '/designModule/designInfo/observationalModel',
        message: `designModule.designInfo.observationalModel ${model} ("${label}") is no longer offered by the registry: for a new registration or an update choose another model, such as COHORT, CASE_ONLY, ECOLOGIC_OR_COMMUNITY or OTHER.`,
      });
    }
  },
);
