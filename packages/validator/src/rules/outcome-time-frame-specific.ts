import { defineRule } from '../engine/rule.js';
import { outcomeEntries } from '../rule-support/outcomes-list.js';
import { fieldLabelOf, fieldName } from '../rule-support/registry-words.js';

const NUMBER = String.raw`(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)`;
const UNIT = String.raw`(?:years?|yrs?|months?|mos?|weeks?|wks?|days?|nights?|hours?|hrs?|h|minutes?|mins?|seconds?|secs?|cycles?|doses?)`;

/** Something that pins the time down: "6 months", "1-year", "week 12", "day 1", "2025", "an average of". */
const ANCHORS = [
  new RegExp(String.raw`\b${NUMBER}\s*(?:-|–|to)?\s*(?:${NUMBER}\s*)?-?\s*${UNIT}\b`, 'i'),
  /\b(?:years?|months?|weeks?|days?|hours?|cycles?|doses?)\s*\d/i,
  /\b(?:19|20)\d{2}\b/,
  /\baverage of\b/i,
];

/** Phrases the registry's reviewers return as not specific when nothing else pins the time down. */
const VAGUE = [
  /\bend of (?:the )?(?:study|trial|treatment|intervention|follow[- ]?up)\b/i,
  /\bstudy (?:completion|end)\b/i,
  /\bcompletion of (?:the )?(?:study|trial)\b/i,
  /\b(?:through(?:out)?|during|for) (?:the )?(?:whole |entire )?(?:study|trial)(?: period| duration)?\b/i,
  /\bduration of (?:the )?(?:study|trial)\b/i,
  /\bvisit\s*\d+\b/i,
  /\b(?:final|last|end[- ]of[- ]study) visit\b/i,
  /\bpost[- ]?(?:intervention|treatment|operative(?:ly)?|op|surgery|procedure|test|session|program(?:me)?)\b/i,
  /\bafter (?:the )?(?:intervention|treatment|surgery|procedure|session|program(?:me)?)\b/i,
  /\bduring (?:the )?(?:hospitali[sz]ation|hospital stay|admission|treatment|intervention)\b/i,
];

/**
 * A time frame that opens like a measure ("Percent of clinic patients prescribed ...", "Number of participants
 * with ..."): a definition of what is measured, written where the time belongs.
 */
const DEFINITION =
  /^(?:the\s+)?(?:percent(?:age)?|proportion|number|mean|median|average|ratio|prevalence|count|amount)\s+(?:of|in)\s+(?:\S+\s+){3,}/i;

const EXAMPLES =
  '"Week 12", "Baseline and 6 months after surgery" or "Through study completion, an average of 1 year"';

export default defineRule(
  {
    id: 'outcome-time-frame-specific',
    defaultSeverity: 'warning',
    category: 'outcomes',
    description: 'Require outcome time frames to name specific time points or windows',
    registry: 'review-major',
    source: 'OUT-TIMEFRAME-SPECIFIC',
    fixable: false,
  },
  ({ trial, report }) => {
    for (const { outcome, pointer } of outcomeEntries(trial)) {
      const timeFrame = typeof outcome.timeFrame === 'string' ? outcome.timeFrame.trim() : '';
      if (!timeFrame) continue;
      const field = fieldName(`${pointer}/timeFrame`);
      if (/^\d+(?:[.,]\d+)?$/.test(timeFrame)) {
        report({
          pointer: `${pointer}/timeFrame`,
          message: `${field} is "${timeFrame}", a number without a unit: say what it counts, e.g. "${timeFrame} weeks" or "Week ${timeFrame}".`,
        });
        continue;
      }
      if (DEFINITION.test(timeFrame)) {
        report({
          pointer: `${pointer}/timeFrame`,
          message: `${field} defines the measure instead of saying when it is taken ("${timeFrame.length > 80 ? `${timeFrame.slice(0, 77)}...` : timeFrame}"): move the definition to the ${fieldLabelOf(`${pointer}/description`)} and give the time here, e.g. ${EXAMPLES}.`,
        });
        continue;
      }
      if (
        !VAGUE.some((pattern) => pattern.test(timeFrame)) ||
        ANCHORS.some((pattern) => pattern.test(timeFrame))
      )
        continue;
      report({
        pointer: `${pointer}/timeFrame`,
        message: `${field} "${timeFrame}" does not say when the measure is taken: give the time points or the window from a reference point, e.g. ${EXAMPLES}.`,
      });
    }
  },
);
