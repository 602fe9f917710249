import type { Status } from '@trialyaml/core';

/** Statuses a registrant can enter for interventional and observational studies. */
export const ENTERABLE_STATUSES: readonly Status[] = [
  'ACTIVE_NOT_RECRUITING',
  'COMPLETED',
  'ENROLLING_BY_INVITATION',
  'NOT_YET_RECRUITING',
  'RECRUITING',
  'SUSPENDED',
  'TERMINATED',
  'WITHDRAWN',
];

/** Statuses of expanded-access records. */
export const EXPANDED_ACCESS_STATUSES: readonly Status[] = [
  'AVAILABLE',
  'NO_LONGER_AVAILABLE',
  'TEMPORARILY_NOT_AVAILABLE',
  'APPROVED_FOR_MARKETING',
];

/** The study stopped early or never started: a reason is required. */
export const STOPPED_STATUSES: readonly Status[] = ['SUSPENDED', 'TERMINATED', 'WITHDRAWN'];

/** Enrollment is over. */
export const CLOSED_STATUSES: readonly Status[] = ['COMPLETED', 'TERMINATED', 'WITHDRAWN'];

/** The study is open or about to open. */
export const OPEN_STATUSES: readonly Status[] = [
  'NOT_YET_RECRUITING',
  'RECRUITING',
  'ENROLLING_BY_INVITATION',
];

export function isOneOf<T extends string>(value: string | undefined, list: readonly T[]): value is T {
  return value !== undefined && (list as readonly string[]).includes(value);
}
