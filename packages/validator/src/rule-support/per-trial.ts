import type { Trial } from '@trialyaml/core';

const forgetters: Array<() => void> = [];

/**
 * Memoizes `compute` for the trial it was last called with: several rules of a lint run ask for the same list
 * of the trial being linted. One slot, emptied by `forgetTrials` when the rules are done, not a WeakMap keyed by
 * the trial: V8's young-generation collector keeps a WeakMap's values (and the trial data they refer to) alive
 * until a full collection, which moved every linted file's data to the old generation.
 */
export function perTrial<T>(compute: (trial: Trial) => T): (trial: Trial) => T {
  let lastTrial: Trial | undefined;
  let lastValue: T | undefined;
  forgetters.push(() => {
    lastTrial = undefined;
    lastValue = undefined;
  });
  return (trial) => {
    if (trial !== lastTrial) {
      lastValue = compute(trial);
      lastTrial = trial;
    }
    return lastValue as T;
  };
}

/** Lets go of the trial the memos of `perTrial` hold (the lint engine calls it after each file's rules). */
export function forgetTrials(): void {
  for (const forget of forgetters) forget();
}
