import type { Outcome, Trial } from '@trialyaml/core';

export type OutcomeList = 'primaryOutcomes' | 'secondaryOutcomes' | 'otherOutcomes';

export const OUTCOME_LISTS: readonly OutcomeList[] = [
  'primaryOutcomes',
  'secondaryOutcomes',
  'otherOutcomes',
];

export interface OutcomeEntry {
  outcome: Outcome;
  list: OutcomeList;
  index: number;
  /** `/outcomesModule/primaryOutcomes/0` */
  pointer: string;
  /** `outcomesModule.primaryOutcomes[0]` */
  path: string;
}

/** Every outcome of the trial, primary first, then secondary, then other pre-specified. */
export function outcomeEntries(trial: Trial): OutcomeEntry[] {
  return OUTCOME_LISTS.flatMap((list) =>
    (trial.outcomesModule?.[list] ?? []).map((outcome, index) => ({
      outcome,
      list,
      index,
      pointer: `/outcomesModule/${list}/${index}`,
      path: `outcomesModule.${list}[${index}]`,
    })),
  );
}
