import type { Outcome } from '@trialyaml/core';
import { defineRule } from '../engine/rule.js';
import { isBlank, missingFieldsAt, wordList } from '../rule-support/presence.js';
import { fieldLabelOf, fieldName } from '../rule-support/registry-words.js';

const LISTS = [
  { key: 'primaryOutcomes', word: 'Primary' },
  { key: 'secondaryOutcomes', word: 'Secondary' },
  { key: 'otherOutcomes', word: 'Other' },
] as const;

const HINTS: Record<string, string> = {
  measure: 'a specific title in measure (what is measured, e.g. "Change in HbA1c")',
  timeFrame: 'when it is assessed in timeFrame (e.g. "Baseline and week 12" or "Up to 24 months")',
};

export default defineRule(
  {
    id: 'outcome-fields-required',
    defaultSeverity: 'error',
    category: 'outcomes',
    description: 'Require a measure and a time frame for every primary, secondary and other outcome',
    registry: 'error',
    source: 'REQ-PRIMARY-OUTCOME, REQ-SECONDARY-OUTCOME-FIELDS, OUT-TIMEFRAME',
    fixable: false,
  },
  ({ trial, report }) => {
    for (const { key, word } of LISTS) {
      const outcomes: Outcome[] = trial.outcomesModule?.[key] ?? [];
      outcomes.forEach((outcome, index) => {
        const missing = (['measure', 'timeFrame'] as const).filter((field) => isBlank(outcome[field]));
        if (!missing.length) return;
        const item = `/outcomesModule/${key}/${index}`;
        const name = isBlank(outcome.measure) ? fieldName(item) : `${word} outcome "${outcome.measure}"`;
        report({
          ...missingFieldsAt(trial, item, missing),
          message: `${name} has no ${wordList(
            missing.map((field) => fieldLabelOf(`${item}/${field}`)),
            'or',
          )}: give ${wordList(missing.map((field) => HINTS[field] ?? field))}.`,
        });
      });
    }
  },
);
