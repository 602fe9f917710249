import { defineRule } from '../engine/rule.js';
import { outcomeEntries } from '../rule-support/outcomes-list.js';
import { hasText, isBlank } from '../rule-support/presence.js';
import { fieldLabelOf, fieldName } from '../rule-support/registry-words.js';

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

/**
 * Measures whose title says all a reader needs (what is counted or computed, and its unit is implied): counts of
 * participants with adverse events, pharmacokinetic parameters, survival and death, blood pressure and heart rate. Reviewers do not return these
 * for a missing description, and records that leave it out are common and accepted.
 */
const SELF_DEFINING = new RegExp(
  [
    String.raw`\badverse (?:events?|reactions?|effects?)\b`,
    String.raw`\b(?:t?e?saes?|teaes?|aes)\b`,
    String.raw`\b(?:c ?max|c ?min|c ?trough|t ?max|t ?1/2|t½|auc(?:[\w∞-]*)?|half[- ]life)\b`,
    String.raw`\b(?:maximum|peak|minimum|trough) (?:\w+ ){0,2}concentrations?\b`,
    String.raw`\btime to (?:reach )?(?:the )?(?:maximum|peak) (?:\w+ ){0,2}concentration\b`,
    String.raw`\barea under the (?:\w+[- ])*?(?:curve|concentration)\b`,
    String.raw`\b(?:apparent )?(?:total |oral |renal |systemic )?(?:clearance|volume of distribution)\b`,
    String.raw`\belimination (?:rate constant|half[- ]life)\b`,
    String.raw`\boverall survival\b`,
    String.raw`\b(?:all[- ]cause )?mortality\b`,
    String.raw`\b(?:number of )?deaths?\b`,
    // Vital signs measured the standard way, in their conventional unit (mmHg, beats per minute).
    String.raw`\b(?:systolic|diastolic|mean arterial) (?:and (?:systolic|diastolic) )?blood pressures?\b`,
    String.raw`\b(?:sbp|dbp)\b`,
    String.raw`\bheart rate\b`,
  ].join('|'),
  'i',
);

/** Measures taken with a scale or an instrument: only these need its full name, range and direction. */
const SCALE =
  /\b(?:scales?|scores?|questionnaires?|inventory|index|instruments?|surveys?|ratings?|vas|nrs|qol|quality of life|assessment tool|checklist|subscales?)\b/i;

const BASIC_ADVICE = 'say what is measured, how, and in which unit';
const SCALE_ADVICE =
  'say what is measured, with which instrument (its full name) and in which unit, and for a scale its range and which direction is better';

/** What a description of this measure should say. */
function advice(measure: string): string {
  return SCALE.test(measure) ? SCALE_ADVICE : BASIC_ADVICE;
}

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
    for (const { outcome, list, pointer } of outcomeEntries(trial)) {
      if (list !== 'primaryOutcomes' || !hasText(outcome.measure)) continue;
      if (SELF_DEFINING.test(outcome.measure)) continue;
      if (isBlank(outcome.description)) {
        report({
          pointer: typeof outcome.description === 'string' ? `${pointer}/description` : `${pointer}/measure`,
          ...(outcome.description === undefined ? { missing: [`${pointer}/description`] } : {}),
          message: `The ${fieldLabelOf(pointer)} "${outcome.measure.trim()}" has no description: add ${fieldName(`${pointer}/description`)} and ${advice(outcome.measure)}.`,
        });
      } else if (
        typeof outcome.description === 'string' &&
        repeatsTitle(outcome.description, outcome.measure) &&
        !PLACEHOLDER.test(bare(outcome.measure))
      ) {
        report({
          pointer: `${pointer}/description`,
          message: `${fieldName(`${pointer}/description`)} only repeats the measure title "${outcome.measure.trim()}": ${advice(outcome.measure)}.`,
        });
      }
    }
  },
);
