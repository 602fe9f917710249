import type { StudyType, Trial } from '@trialyaml/core';

/** Where the study type lives; findings about type-specific content point here when nothing nearer exists. */
export const STUDY_TYPE_POINTER = '/designModule/studyType';

const STUDY_TYPES: readonly StudyType[] = ['EXPANDED_ACCESS', 'INTERVENTIONAL', 'OBSERVATIONAL'];

/** How messages name a study of each type. */
const STUDY_TYPE_WORDS: Record<StudyType, string> = {
  EXPANDED_ACCESS: 'an expanded-access record',
  INTERVENTIONAL: 'an interventional study',
  OBSERVATIONAL: 'an observational study',
};

/** The study type when it is given and known; undefined for drafts without one and for unknown codes. */
export function studyTypeOf(trial: Trial): StudyType | undefined {
  const type = trial.designModule?.studyType;
  return type !== undefined && STUDY_TYPES.includes(type) ? type : undefined;
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

/** Interventional or observational: a "clinical study" in the registry's sense (not an expanded-access record). */
export function isClinicalStudy(trial: Trial): boolean {
  const type = studyTypeOf(trial);
  return type === 'INTERVENTIONAL' || type === 'OBSERVATIONAL';
}

/** "an interventional study", "an observational study", "an expanded-access record". */
export function studyTypeWords(type: StudyType): string {
  return STUDY_TYPE_WORDS[type];
}

/**
 * Interventional, or a draft whose type is not (validly) given: rules about interventional-only content
 * (phases, allocation, arm types) then apply, since that content only exists in interventional studies.
 */
export function mayBeInterventional(trial: Trial): boolean {
  const type = studyTypeOf(trial);
  return type === undefined || type === 'INTERVENTIONAL';
}

/** Observational, or a draft whose type is not (validly) given. */
export function mayBeObservational(trial: Trial): boolean {
  const type = studyTypeOf(trial);
  return type === undefined || type === 'OBSERVATIONAL';
}
