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

/**
 * The first letter or digit of `bare(text)` when the text up to it is ASCII (lowercasing is then per character),
 * else undefined. Descriptions that differ from their title already here need no full comparison.
 */
function firstBareAscii(text: string): string | undefined {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 128) return undefined;
    if ((code >= 48 && code <= 57) || (code >= 97 && code <= 122)) return text[index];
    if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
  }
  return '';
}

/** Whether the description says no more than the title (compared as `bare` text). */
function repeatsTitle(description: string, measure: string): boolean {
  const title = bare(measure);
  const first = firstBareAscii(description);
  if (first !== undefined && first !== title.charAt(0)) return false;
  return bare(description) === title;
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
        repeatsTitle(outcome.description, outcome.measure) &&
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
