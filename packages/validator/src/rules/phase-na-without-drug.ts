import { defineRule } from '../engine/rule.js';
import { mayBeInterventional } from '../rule-support/study-type.js';
import { DRUG_LIKE_TYPES, INTERVENTION_TYPES, PHASES } from '../rule-support/design-phases.js';
import { fieldLabelOf, fieldName, valueName } from '../rule-support/registry-words.js';
import { wordList } from '../rule-support/presence.js';

const PHASES_POINTER = '/designModule/phases';
/** Where an intervention's type is; its label and value labels are the same for every intervention. */
const TYPE = '/armsInterventionsModule/interventions/0/type';

export default defineRule(
  {
    id: 'phase-na-without-drug',
    defaultSeverity: 'warning',
    category: 'design',
    description:
      'Require designModule.phases to be [NA] when no intervention is a drug or biological product',
    registry: 'warning',
    source: 'DES-PHASE-NA-NONDRUG',
    fixable: false,
  },
  ({ trial, report }) => {
    if (!mayBeInterventional(trial)) return;
    const phases = trial.designModule?.phases ?? [];
    if (!phases.length || phases.includes('NA') || !phases.every((phase) => PHASES.includes(phase))) return;
    // The record says a U.S. FDA-regulated drug is studied (e.g. a dietary supplement given as an investigational
    // drug, NCT01126879): the phase is then right, whatever the intervention's type.
    if (trial.oversightModule?.isFdaRegulatedDrug === true) return;
    const types = (trial.armsInterventionsModule?.interventions ?? []).map(
      (intervention) => intervention.type,
    );
    // An intervention without a (known) type might be the drug: only judge a fully typed list.
    if (!types.length || !types.every((type) => type !== undefined && INTERVENTION_TYPES.includes(type)))
      return;
    if (types.some((type) => type !== undefined && DRUG_LIKE_TYPES.includes(type))) return;
    const distinct = [...new Set(types)];
    report({
      pointer: PHASES_POINTER,
      message: `No intervention is a drug or biological product (${fieldLabelOf(TYPE)}: ${distinct.map((type) => valueName(TYPE, type ?? '')).join(', ')}), and only drug trials have phases: set ${fieldName(PHASES_POINTER)} to ${valueName(PHASES_POINTER, 'NA')} instead of ${wordList(phases.map((phase) => valueName(PHASES_POINTER, phase)))}.`,
      ...(phases.length === 1
        ? {
            suggestions: [
              {
                title: 'Change the phase to NA',
                fix: [{ op: 'replace' as const, pointer: '/designModule/phases/0', value: 'NA' }],
              },
            ],
          }
        : {}),
    });
  },
);
