import { getAtPointer, valueLabelAt } from '@trialyaml/core';
import { defineRule } from '../engine/rule.js';
import { isBlank, missingAt, wordList } from '../rule-support/presence.js';
import { fieldLabelOf, fieldName, valueName } from '../rule-support/registry-words.js';
import { isInterventional } from '../rule-support/study-type.js';

const DESIGN = '/designModule';
const INFO = `${DESIGN}/designInfo`;

/** The values of the enum field at `pointer`, with their registry labels: "Randomized (RANDOMIZED), ... or N/A (NA)". */
function values(pointer: string, codes: readonly string[]): string {
  return wordList(
    codes.map((code) => valueName(pointer, code)),
    'or',
  );
}

const MASKING = `${INFO}/maskingInfo/masking`;

/** Each required design answer: where it goes and what to put there. */
const REQUIRED: ReadonlyArray<{ pointer: string; hint: string }> = [
  {
    pointer: `${INFO}/allocation`,
    hint: `${values(`${INFO}/allocation`, ['RANDOMIZED', 'NON_RANDOMIZED'])}, or ${valueName(`${INFO}/allocation`, 'NA')} for a single-arm study`,
  },
  {
    pointer: `${INFO}/interventionModel`,
    hint: values(`${INFO}/interventionModel`, [
      'SINGLE_GROUP',
      'PARALLEL',
      'CROSSOVER',
      'FACTORIAL',
      'SEQUENTIAL',
    ]),
  },
  {
    pointer: `${INFO}/primaryPurpose`,
    hint: `for example ${values(`${INFO}/primaryPurpose`, ['TREATMENT', 'PREVENTION', 'DIAGNOSTIC', 'SUPPORTIVE_CARE', 'OTHER'])}`,
  },
  {
    pointer: MASKING,
    hint: `${valueName(MASKING, 'NONE')}, else ${values(MASKING, ['SINGLE', 'DOUBLE', 'TRIPLE', 'QUADRUPLE'])} with the masked roles in ${fieldLabelOf(`${INFO}/maskingInfo/whoMasked`)} (whoMasked)`,
  },
];

export default defineRule(
  {
    id: 'interventional-design-required',
    defaultSeverity: 'error',
    category: 'design',
    description:
      'Require the phase, allocation, model, primary purpose and masking of an interventional study',
    registry: 'error',
    source: 'REQ-INT-DESIGN',
    fixable: false,
  },
  ({ trial, report }) => {
    if (!isInterventional(trial)) return;
    if (!trial.designModule?.phases?.length) {
      report({
        ...missingAt(trial, `${DESIGN}/phases`),
        message: `An interventional study needs ${fieldName(`${DESIGN}/phases`)}: list the phase (e.g. [PHASE2] for ${valueLabelAt(`${DESIGN}/phases`, 'PHASE2') ?? 'PHASE2'}, or [PHASE1, PHASE2]), or [NA] (${valueLabelAt(`${DESIGN}/phases`, 'NA') ?? 'NA'}) for a study without phases, such as a device or behavioral study.`,
      });
    }
    for (const { pointer, hint } of REQUIRED) {
      if (!isBlank(getAtPointer(trial, pointer))) continue;
      report({
        ...missingAt(trial, pointer),
        message: `An interventional study needs ${fieldName(pointer)}: ${hint}.`,
      });
    }
  },
);
