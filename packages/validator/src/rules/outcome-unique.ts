import { defineRule } from '../engine/rule.js';
import { comparable } from '../rule-support/arms-paths.js';
import { outcomeEntries } from '../rule-support/outcomes-list.js';
import { fieldLabelOf, fieldName } from '../rule-support/registry-words.js';

export default defineRule(
  {
    id: 'outcome-unique',
    defaultSeverity: 'warning',
    category: 'outcomes',
    description: 'Disallow outcomes with the same title and time frame',
    registry: 'warning',
    source: 'OUT-DUPLICATE',
    fixable: false,
  },
  ({ trial, report }) => {
    const seen = new Map<string, string>();
    for (const { outcome, pointer } of outcomeEntries(trial)) {
      const measure = comparable(outcome.measure);
      if (!measure) continue;
      const key = `${measure}\u0000${comparable(outcome.timeFrame)}`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, pointer);
        continue;
      }
      const timeFrame = outcome.timeFrame?.trim() ? ` with time frame "${outcome.timeFrame.trim()}"` : '';
      report({
        pointer: `${pointer}/measure`,
        message: `The ${fieldLabelOf(pointer)} "${outcome.measure?.trim() ?? ''}"${timeFrame} repeats ${fieldName(first)}: remove the repetition, or make the titles or time frames say how the two differ.`,
      });
    }
  },
);
