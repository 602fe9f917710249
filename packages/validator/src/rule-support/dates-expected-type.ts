import type { DateType, Status } from '@trialyaml/core';

/** The start date's type each status implies: the start is the day the first participant enrolled. */
export const START_DATE_TYPE_BY_STATUS: Partial<Record<Status, DateType>> = {
  NOT_YET_RECRUITING: 'ESTIMATED',
  WITHDRAWN: 'ESTIMATED',
  RECRUITING: 'ACTUAL',
  ENROLLING_BY_INVITATION: 'ACTUAL',
  ACTIVE_NOT_RECRUITING: 'ACTUAL',
  COMPLETED: 'ACTUAL',
  TERMINATED: 'ACTUAL',
};

/** The (primary) completion date's type each status implies: ahead while enrolling, passed once closed. */
export const COMPLETION_DATE_TYPE_BY_STATUS: Partial<Record<Status, DateType>> = {
  NOT_YET_RECRUITING: 'ESTIMATED',
  RECRUITING: 'ESTIMATED',
  ENROLLING_BY_INVITATION: 'ESTIMATED',
  COMPLETED: 'ACTUAL',
  TERMINATED: 'ACTUAL',
};
