import type { StudyType, Trial } from '@trialyaml/core';

/** Where the study type lives: findings about type-specific content point here when nothing nearer exists. */
export const STUDY_TYPE_POINTER = '/designModule/studyType';

const KNOWN_STUDY_TYPES: readonly string[] = ['EXPANDED_ACCESS', 'INTERVENTIONAL', 'OBSERVATIONAL'];

/** The study type when it is given and known; undefined for drafts without one and for unknown codes. */
export function studyTypeOf(trial: Trial): StudyType | undefined {
  const type = trial.designModule?.studyType;
  return typeof type === 'string' && KNOWN_STUDY_TYPES.includes(type) ? type : undefined;
}

export function isInterventional(trial: Trial): boolean {
  return studyTypeOf(trial) === 'INTERVENTIONAL';
}

export function isObservational(trial: Trial): boolean {
  return studyTypeOf(trial) === 'OBSERVATIONAL';
}

export function isExpandedAccess(trial: Trial): boolean {
  return studyTypeOf(trial) === 'EXPANDED_ACCESS';
}

/**
 * Interventional or observational: a clinical study in the registry's sense, as opposed to an expanded-access
 * record. False when the study type is missing, so type-specific requirements wait until it is given.
 */
export function isClinicalStudy(trial: Trial): boolean {
  return isInterventional(trial) || isObservational(trial);
}
