import { valueLabelAt, type Phase } from '@trialyaml/core';
import { defineRule } from '../engine/rule.js';
import { PHASES, phaseList } from '../rule-support/design-phases.js';
import { fieldName, valueName } from '../rule-support/registry-words.js';
import { wordList } from '../rule-support/presence.js';

/** The two-phase answers the registry offers ("Phase 1/Phase 2", "Phase 2/Phase 3"), in either order. */
const COMBINATIONS: ReadonlyArray<readonly Phase[]> = [
  ['PHASE1', 'PHASE2'],
  ['PHASE2', 'PHASE3'],
];

export default defineRule(
  {
    id: 'phase-combination',
    defaultSeverity: 'error',
    category: 'design',
    description: 'Require designModule.phases to be one phase, or PHASE1 with PHASE2, or PHASE2 with PHASE3',
    registry: 'error',
    source: 'DES-PHASE-COMBO',
    fixable: false,
  },
  ({ trial, report }) => {
    const phases = trial.designModule?.phases ?? [];
    // Unknown codes are the schema's finding; an empty list is the required-field rule's.
    if (phases.length < 2 || !phases.every((phase) => PHASES.includes(phase))) return;
    const pointer = '/designModule/phases';
    const repeated = phases.find((phase, index) => phases.indexOf(phase) !== index);
    if (repeated !== undefined) {
      report({
        pointer,
        message: `${fieldName(pointer)} lists ${valueName(pointer, repeated)} more than once: list each phase once.`,
      });
      return;
    }
    if (phases.length === 2 && COMBINATIONS.some((pair) => pair.every((phase) => phases.includes(phase))))
      return;
    report({
      pointer,
      message: `${fieldName(pointer)} lists ${wordList(phases.map((phase) => valueName(pointer, phase)))}, which is not a phase the registry offers: give one phase, or ${COMBINATIONS.map((pair) => `${pair.map((phase) => valueLabelAt(pointer, phase) ?? phase).join('/')} (${phaseList(pair)})`).join(', or ')}.`,
    });
  },
);
