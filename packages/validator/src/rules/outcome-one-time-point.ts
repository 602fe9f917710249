import { defineRule } from '../engine/rule.js';
import { outcomeEntries } from '../rule-support/outcomes-list.js';
import { quoted } from '../rule-support/arms-paths.js';

const UNIT = String.raw`(?:days?|weeks?|wks?|months?|mos?|years?|yrs?|hours?|hrs?|h|minutes?|mins?|visits?|cycles?)`;
const NUMBER = String.raw`\d+(?:\.\d+)?`;
/** One time point: "baseline", "Day 7", "Cycle 2 Day 1", "12", "12 months". */
const POINT = String.raw`(?:baseline|(?:${UNIT}\s*${NUMBER}\s*)+|${NUMBER}(?:\s*${UNIT}\b)?)`;
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
    for (const { outcome, list, pointer, path } of outcomeEntries(trial)) {
      if (list !== 'primaryOutcomes' || typeof outcome.timeFrame !== 'string') continue;
      if (SAMPLING.test(`${outcome.measure ?? ''} ${outcome.timeFrame}`)) continue;
      const points = listedTimePoints(outcome.timeFrame);
      if (points.length < 3) continue;
      report({
        pointer: `${pointer}/timeFrame`,
        message: `The time frame of ${path} lists ${points.length} time points (${quoted(points)}): a primary outcome is assessed at one time point, or two when it is the change between them; split it into one outcome per time point, or keep the main one and move the others to secondaryOutcomes.`,
      });
    }
  },
);
