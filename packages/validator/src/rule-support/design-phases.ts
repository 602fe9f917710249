import type { InterventionType, Phase } from '@trialyaml/core';

export const PHASES: readonly Phase[] = ['NA', 'EARLY_PHASE1', 'PHASE1', 'PHASE2', 'PHASE3', 'PHASE4'];

/**
 * Intervention types that are or may contain a drug or biological product, for which the registry expects a
 * phase (combination products and genetic interventions may contain one).
 */
export const DRUG_LIKE_TYPES: readonly InterventionType[] = [
  'DRUG',
  'BIOLOGICAL',
  'COMBINATION_PRODUCT',
  'GENETIC',
];

/** Intervention types that certainly are a drug or biological product. */
export const DRUG_TYPES: readonly InterventionType[] = ['DRUG', 'BIOLOGICAL'];

export const INTERVENTION_TYPES: readonly InterventionType[] = [
  'BEHAVIORAL',
  'BIOLOGICAL',
  'COMBINATION_PRODUCT',
  'DEVICE',
  'DIAGNOSTIC_TEST',
  'DIETARY_SUPPLEMENT',
  'DRUG',
  'GENETIC',
  'PROCEDURE',
  'RADIATION',
  'OTHER',
];

/** The phase list as written in messages: `[PHASE1, PHASE2]`. */
export function phaseList(phases: readonly string[]): string {
  return `[${phases.join(', ')}]`;
}
