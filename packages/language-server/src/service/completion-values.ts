import { getAtPointer, type PathSegment } from '@trialyaml/core';
import { ENTERABLE_STATUSES, EXPANDED_ACCESS_STATUSES } from '@trialyaml/validator';

/** The codes that a status completion offers for each study type (the registry's STA-ENTERABLE-STATUS, STA-EA-STATUS). */
const STATUSES_BY_STUDY_TYPE: Readonly<Record<string, readonly string[]>> = {
  INTERVENTIONAL: ENTERABLE_STATUSES,
  OBSERVATIONAL: ENTERABLE_STATUSES,
  EXPANDED_ACCESS: EXPANDED_ACCESS_STATUSES,
};

/** A draft without a study type: every status an author can enter (not the registry's UNKNOWN and WITHHELD). */
const ANY_ENTERABLE_STATUS: readonly string[] = [...ENTERABLE_STATUSES, ...EXPANDED_ACCESS_STATUSES];

/**
 * The codes of an enum worth offering at `path` of this trial: all of them, except where the study decides which
 * apply. `overallStatus` offers the study statuses to an interventional or observational study and the
 * expanded-access statuses to an expanded-access record; never the statuses only the registry assigns.
 * `data` is the trial as read, or undefined when it is not read yet (then nothing is left out for the study type).
 */
export function codesForStudy(
  path: readonly PathSegment[],
  codes: readonly string[],
  data: unknown,
): readonly string[] {
  if (path.length !== 2 || path[0] !== 'statusModule' || path[1] !== 'overallStatus') return codes;
  const studyType = data === undefined ? undefined : getAtPointer(data, '/designModule/studyType');
  const offered =
    (typeof studyType === 'string' && STATUSES_BY_STUDY_TYPE[studyType]) || ANY_ENTERABLE_STATUS;
  return codes.filter((code) => offered.includes(code));
}
