import type { Outcome, Trial } from '@trialyaml/core';
import { perTrial } from './per-trial.js';

export type OutcomeList = 'primaryOutcomes' | 'secondaryOutcomes' | 'otherOutcomes';

export const OUTCOME_LISTS: readonly OutcomeList[] = [
  'primaryOutcomes',
  'secondaryOutcomes',
  'otherOutcomes',
];

/** An outcome of the trial; its pointer and path are built when asked for. */
export class OutcomeEntry {
  constructor(
    readonly outcome: Outcome,
    readonly list: OutcomeList,
    readonly index: number,
  ) {}

  /** `/outcomesModule/primaryOutcomes/0` */
  get pointer(): string {
    return `/outcomesModule/${this.list}/${this.index}`;
  }

  /** `outcomesModule.primaryOutcomes[0]` */
  get path(): string {
    return `outcomesModule.${this.list}[${this.index}]`;
  }
}

/** Every outcome of the trial, primary first, then secondary, then other pre-specified (several rules ask for them: the last list is kept). */
export const outcomeEntries = perTrial((trial: Trial): readonly OutcomeEntry[] => {
  const entries: OutcomeEntry[] = [];
  for (const list of OUTCOME_LISTS)
    (trial.outcomesModule?.[list] ?? []).forEach((outcome, index) =>
      entries.push(new OutcomeEntry(outcome, list, index)),
    );
  return entries;
});
