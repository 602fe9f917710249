import type { Status } from '@trialyaml/core';
import { wordList } from './presence.js';
import { valueName } from './registry-words.js';

/** Statuses a registrant can enter for interventional and observational studies. */
export const ENTERABLE_STATUSES = [
  'ACTIVE_NOT_RECRUITING',
  'COMPLETED',
  'ENROLLING_BY_INVITATION',
  'NOT_YET_RECRUITING',
  'RECRUITING',
  'SUSPENDED',
  'TERMINATED',
  'WITHDRAWN',
] as const satisfies readonly Status[];

/** Statuses of expanded-access records. */
export const EXPANDED_ACCESS_STATUSES = [
  'AVAILABLE',
  'NO_LONGER_AVAILABLE',
  'TEMPORARILY_NOT_AVAILABLE',
  'APPROVED_FOR_MARKETING',
] as const satisfies readonly Status[];

/** The study stopped early or never started: a reason is required. */
export const STOPPED_STATUSES = ['SUSPENDED', 'TERMINATED', 'WITHDRAWN'] as const satisfies readonly Status[];

/** Enrollment is over. */
export const CLOSED_STATUSES = ['COMPLETED', 'TERMINATED', 'WITHDRAWN'] as const satisfies readonly Status[];

/** The study is open or about to open. */
export const OPEN_STATUSES = [
  'NOT_YET_RECRUITING',
  'RECRUITING',
  'ENROLLING_BY_INVITATION',
] as const satisfies readonly Status[];

/** Where the overall status is. */
export const OVERALL_STATUS = '/statusModule/overallStatus';

/** A status as the registry shows it, with its code: `Withdrawn (WITHDRAWN)`. */
export function statusWords(code: string): string {
  return valueName(OVERALL_STATUS, code);
}

/** Statuses as the registry shows them: `Suspended (SUSPENDED), Terminated (TERMINATED) or Withdrawn (WITHDRAWN)`. */
export function statusList(codes: readonly string[], conjunction: 'and' | 'or' = 'or'): string {
  return wordList(codes.map(statusWords), conjunction);
}

export function isOneOf<T extends string>(value: string | undefined, list: readonly T[]): value is T {
  return value !== undefined && (list as readonly string[]).includes(value);
}
