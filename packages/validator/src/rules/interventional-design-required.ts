import { getAtPointer } from '@trialyaml/core';
import { defineRule } from '../engine/rule.js';
import { isBlank, missingAt } from '../rule-support/presence.js';
import { isInterventional } from '../rule-support/study-type.js';

const DESIGN = '/designModule';
const INFO = `${DESIGN}/designInfo`;

/** Each required design answer: where it goes and what to put there. */
const REQUIRED: ReadonlyArray<{ pointer: string; path: string; hint: string }> = [
  {
    pointer: `${INFO}/allocation`,
    path: 'designModule.designInfo.allocation',
    hint: 'RANDOMIZED, NON_RANDOMIZED, or NA for a single-arm study',
  },
  {
    pointer: `${INFO}/interventionModel`,
    path: 'designModule.designInfo.interventionModel',
    hint: 'SINGLE_GROUP, PARALLEL, CROSSOVER, FACTORIAL or SEQUENTIAL',
  },
  {
    pointer: `${INFO}/primaryPurpose`,
    path: 'designModule.designInfo.primaryPurpose',
    hint: 'for example TREATMENT, PREVENTION, DIAGNOSTIC, SUPPORTIVE_CARE or OTHER',
  },
  {
    pointer: `${INFO}/maskingInfo/masking`,
    path: 'designModule.designInfo.maskingInfo.masking',
    hint: 'NONE for an open-label study, else SINGLE, DOUBLE, TRIPLE or QUADRUPLE with the masked roles in whoMasked',
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
        message:
          'An interventional study needs designModule.phases: list the phase (e.g. [PHASE2], or [PHASE1, PHASE2]), or [NA] for a study without phases, such as a device or behavioral study.',
      });
    }
    for (const { pointer, path, hint } of REQUIRED) {
      if (!isBlank(getAtPointer(trial, pointer))) continue;
      report({ ...missingAt(trial, pointer), message: `An interventional study needs ${path}: ${hint}.` });
    }
  },
);
