import { defineRule } from '../engine/rule.js';
import { armsAndInterventions } from '../rule-support/arms-links.js';
import { mayBeInterventional } from '../rule-support/study-type.js';
import { DRUG_TYPES } from '../rule-support/design-phases.js';
import { interventionReference } from '../rule-support/interventions.js';
import { fieldName, valueName } from '../rule-support/registry-words.js';

export default defineRule(
  {
    id: 'phase-na-with-drug',
    defaultSeverity: 'info',
    category: 'design',
    description:
      'Require a phase other than NA for treatment and prevention trials of a drug or biological product',
    registry: 'note',
    source: 'DES-PHASE-DRUG-NOT-NA',
    fixable: false,
  },
  ({ trial, report }) => {
    if (!mayBeInterventional(trial)) return;
    const phases = trial.designModule?.phases ?? [];
    const purpose = trial.designModule?.designInfo?.primaryPurpose;
    if (phases.length !== 1 || phases[0] !== 'NA' || (purpose !== 'TREATMENT' && purpose !== 'PREVENTION'))
      return;
    const drug = armsAndInterventions(trial).interventions.find(
      (intervention) => intervention.type !== undefined && DRUG_TYPES.includes(intervention.type),
    );
    if (!drug) return;
    const name = interventionReference(drug) ?? drug.type;
    report({
      pointer: '/designModule/phases/0',
      message: `The study gives "${name}" for ${valueName('/designModule/designInfo/primaryPurpose', purpose)} but ${fieldName('/designModule/phases')} is ${valueName('/designModule/phases', 'NA')}: if the trial has a phase (e.g. it runs under an IND), give it; keep NA only for a trial without phases.`,
    });
  },
);
