import type { Trial } from '@trialyaml/core';

const forgetters: Array<() => void> = [];

/**
 * Memoizes `compute` for the trial it was last called with: several rules of a lint run ask for the same list
 * of the trial being linted. Call it at module level (each memo registers with `forgetTrials` for good).
 *
 * One slot, emptied by `forgetTrials` when the rules are done, rather than a WeakMap keyed by the trial: with
 * WeakMaps, a run over 600 corpus files moved 8.8 MB to V8's old generation instead of 3.5 MB (young-generation
 * collections keep WeakMap entries, and the trial data their lists refer to, until a full collection).
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
