import {
  computeDeadlines,
  daysBetween,
  type Deadline,
  type DeadlineKind,
  type Trial,
  type TrialDeadlines,
} from '@trialyaml/core';
import { perTrial } from './per-trial.js';

// The four deadline rules read the same computation for a file: made once per trial and as-of day.
const byAsOf = perTrial(() => new Map<string, TrialDeadlines>());

/** The trial's deadlines on the as-of day (core's computation, from the file's dates). */
export function deadlinesOf(trial: Trial, asOf: string): TrialDeadlines {
  const cache = byAsOf(trial);
  let result = cache.get(asOf);
  if (!result) cache.set(asOf, (result = computeDeadlines(trial, { asOf })));
  return result;
}

/**
 * The trial's deadlines of one kind, when it is an applicable clinical trial (ACT or pACT): the law's deadlines
 * bind those; a trial whose applicability is unknown or not covered gets no findings.
 */
export function coveredDeadlines(trial: Trial, asOf: string, kind: DeadlineKind): Deadline[] {
  const result = deadlinesOf(trial, asOf);
  if (result.applicability !== 'ACT' && result.applicability !== 'pACT') return [];
  return result.deadlines.filter((deadline) => deadline.kind === kind);
}

/** "1 day", "40 days". */
export function dayCount(from: string, to: string): string {
  const days = daysBetween(from, to);
  return `${days} day${days === 1 ? '' : 's'}`;
}
