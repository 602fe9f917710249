import type { StudyType, Trial } from '@trialyaml/core';

const STUDY_TYPES: readonly StudyType[] = ['EXPANDED_ACCESS', 'INTERVENTIONAL', 'OBSERVATIONAL'];

/** The study type when it is given and known; undefined for drafts without one and for unknown codes. */
export function knownStudyType(trial: Trial): StudyType | undefined {
  const type = trial.designModule?.studyType;
  return type !== undefined && STUDY_TYPES.includes(type) ? type : undefined;
}

/**
 * Interventional, or a draft whose type is not (validly) given: rules about interventional-only content
 * (phases, allocation, arm types) then apply, since that content only exists in interventional studies.
 */
export function mayBeInterventional(trial: Trial): boolean {
  const type = knownStudyType(trial);
  return type === undefined || type === 'INTERVENTIONAL';
}

/** Observational, or a draft whose type is not (validly) given. */
export function mayBeObservational(trial: Trial): boolean {
  const type = knownStudyType(trial);
  return type === undefined || type === 'OBSERVATIONAL';
}
