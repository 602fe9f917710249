import { defineRule } from '../engine/rule.js';
import { outcomeEntries } from '../rule-support/outcomes-list.js';
import { hasText, isBlank } from '../rule-support/presence.js';

/** Text compared for sameness: case, punctuation and spacing ignored. */
function bare(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Placeholder titles are no-placeholder-text's business; comparing a placeholder with itself says nothing new. */
const PLACEHOLDER = /^(tbd|tbc|todo|n a|na|none|unknown|x+)$/;

const ADVICE =
  'say what is measured, with which instrument (its full name) and in which unit, and for a scale its range and which direction is better';

export default defineRule(
  {
    id: 'outcome-description-present',
    defaultSeverity: 'warning',
    category: 'outcomes',
    description: 'Require primary outcomes to have a description that adds to the measure title',
    registry: 'review-major',
    source: 'OUT-DESCRIBED',
    fixable: false,
  },
  ({ trial, report }) => {
    for (const { outcome, list, pointer, path } of outcomeEntries(trial)) {
      if (list !== 'primaryOutcomes' || !hasText(outcome.measure)) continue;
      if (isBlank(outcome.description)) {
        report({
          pointer: typeof outcome.description === 'string' ? `${pointer}/description` : `${pointer}/measure`,
          message: `The primary outcome "${outcome.measure.trim()}" has no description: add ${path}.description and ${ADVICE}.`,
        });
      } else if (
        typeof outcome.description === 'string' &&
        bare(outcome.description) === bare(outcome.measure) &&
        !PLACEHOLDER.test(bare(outcome.measure))
      ) {
        report({
          pointer: `${pointer}/description`,
          message: `${path}.description only repeats the measure title "${outcome.measure.trim()}": ${ADVICE}.`,
        });
      }
    }
  },
);
