import { defineRule } from '../engine/rule.js';
import { outcomeEntries } from '../rule-support/outcomes-list.js';
import { quoted } from '../rule-support/arms-paths.js';
import { fieldName } from '../rule-support/registry-words.js';

const UNIT = String.raw`(?:days?|weeks?|wks?|months?|mos?|years?|yrs?|hours?|hrs?|h|minutes?|mins?|visits?|cycles?)`;
const NUMBER = String.raw`\d+(?:\.\d+)?`;
/** One time point: "baseline", "Day 7", "Cycle 2 Day 1", "12", "12 months", "3-hours" (NCT06714279). */
const POINT = String.raw`(?:baseline|(?:${UNIT}\s*${NUMBER}\s*)+|${NUMBER}(?:\s*-?\s*${UNIT}\b)?)`;
const SEPARATOR = String.raw`\s*(?:,\s*(?:and\s+|&\s*)?|;\s*|\band\s+|&\s*)`;
const CHAIN = new RegExp(String.raw`(?<![\w.-])${POINT}(?:${SEPARATOR}${POINT})+(?![\w-])`, 'gi');
const POINT_ALONE = new RegExp(POINT, 'gi');
const HAS_UNIT = new RegExp(String.raw`baseline|\b${UNIT}\b`, 'i');

/** Pharmacokinetic measures list their sampling times in one time frame, which the registry accepts. */
const SAMPLING =
  /\b(?:pharmacokinetic|pk|auc|area under|c ?max|t ?max|t1\/2|half[- ]life|clearance|concentrations?|pre-?dose|post-?dose|sampl(?:e|es|ing))\b/i;

/** The distinct time points of the longest list in a time frame ("Week 4, 8 and 12" → 4, 8, 12). */
function listedTimePoints(timeFrame: string): string[] {
  let best: string[] = [];
  for (const match of timeFrame.matchAll(CHAIN)) {
    if (!HAS_UNIT.test(match[0])) continue;
    const points = [...match[0].matchAll(POINT_ALONE)].map((point) => point[0].trim());
    const distinct = [...new Map(points.map((point) => [point.toLowerCase(), point])).values()];
    if (distinct.length > best.length) best = distinct;
  }
  return best;
}

/** Clock times: "9AM", "1 PM", "17:00". */
const CLOCK = /\b(?:\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d{2})(?![\w:])/gi;

/**
 * A repeating schedule instead of a time point: "half annually for three years", "every 3 months", "monthly",
 * "at each visit".
 */
const SCHEDULE =
  /\b(?:(?:half|semi|bi)[- ]?annually|annually|yearly|quarterly|monthly|weekly|fortnightly|daily|every (?:\w+ )?(?:days?|weeks?|months?|years?|visits?|cycles?)|each (?:visit|cycle|month|week|year))\b/i;
/** A window the schedule runs within, which makes it a time frame: "up to 5 years", "through study completion". */
const WINDOW = /\b(?:up to|until|through|throughout|over|during|from|within|by)\b/i;
/** Measures counted over a schedule of assessments: time to an event, survival, incidence. */
const OVER_TIME = /\b(?:time to|survival|incidence|number of|occurrence|events?|duration|rate of)\b/i;

/** How a time frame is a schedule rather than a time point, or undefined. */
function scheduleIn(measure: string, timeFrame: string): string | undefined {
  const clocks = [...timeFrame.matchAll(CLOCK)].map((match) => match[0].trim());
  if (clocks.length >= 3) return `lists ${clocks.length} times of day (${quoted(clocks)})`;
  const schedule = SCHEDULE.exec(timeFrame);
  if (schedule && !WINDOW.test(timeFrame) && !OVER_TIME.test(measure))
    return `is a schedule ("${schedule[0]}"), not a time point`;
  return undefined;
}

/** The outcome named by its title, as the author wrote it: ` of "Post operative pain ..."`. */
function measureName(measure: unknown): string {
  const title = typeof measure === 'string' ? measure.trim() : '';
  if (!title) return '';
  if (title.length <= 60) return ` of "${title}"`;
  // Cut at a word: "The success of the alternative treatment of the deep..."
  return ` of "${title.slice(0, 57).replace(/\s+\S*$/, '')}..."`;
}

export default defineRule(
  {
    id: 'outcome-one-time-point',
    defaultSeverity: 'warning',
    category: 'outcomes',
    description:
      'Require each primary outcome to be assessed at one time point, or two for a change between them',
    registry: 'review-major',
    source: 'OUT-PRIMARY-ONE-TIMEPOINT',
    fixable: false,
  },
  ({ trial, report }) => {
    const secondary = fieldName('/outcomesModule/secondaryOutcomes');
    for (const { outcome, list, pointer } of outcomeEntries(trial)) {
      if (list !== 'primaryOutcomes' || typeof outcome.timeFrame !== 'string') continue;
      if (SAMPLING.test(`${outcome.measure ?? ''} ${outcome.timeFrame}`)) continue;
      const field = `${fieldName(`${pointer}/timeFrame`)}${measureName(outcome.measure)}`;
      const points = listedTimePoints(outcome.timeFrame);
      if (points.length < 3) {
        const schedule = scheduleIn(outcome.measure ?? '', outcome.timeFrame);
        if (schedule)
          report({
            pointer: `${pointer}/timeFrame`,
            message: `${field} ${schedule}: a primary outcome is assessed at one time point, or two when it is the change between them; name the time point the outcome is measured at (e.g. "3 years after treatment"), and move the other assessments to ${secondary}.`,
          });
        continue;
      }
      report({
        pointer: `${pointer}/timeFrame`,
        message: `${field} lists ${points.length} time points (${quoted(points)}): a primary outcome is assessed at one time point, or two when it is the change between them; split it into one outcome per time point, or keep the main one and move the others to ${secondary}.`,
      });
    }
  },
);
