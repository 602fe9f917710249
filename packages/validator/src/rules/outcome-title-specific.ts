import { defineRule } from '../engine/rule.js';
import { outcomeEntries } from '../rule-support/outcomes-list.js';
import { fieldLabelOf } from '../rule-support/registry-words.js';

/** Words that name an area of interest, not a measure. */
const GENERIC = new Set([
  'safety',
  'tolerability',
  'tolerance',
  'feasibility',
  'usability',
  'efficacy',
  'effectiveness',
  'effect',
  'effects',
  'satisfaction',
  'acceptability',
  'acceptance',
  'adverse events',
  'adverse event',
  'aes',
  'adverse effects',
  'adverse reactions',
  'side effects',
  'toxicity',
  'toxicities',
  'complications',
  'pharmacokinetics',
  'pk',
  'pharmacodynamics',
  'immunogenicity',
  'outcome',
  'primary outcome',
  'secondary outcome',
  'other outcome',
  'endpoint',
  'primary endpoint',
  'secondary endpoint',
]);

/** One part of a title without articles, framing words and qualifiers that add no measure. */
function core(part: string): string {
  return part
    .replace(/^(?:the|an?)\s+/, '')
    .replace(/^(?:evaluation|assessment|measurement|analysis|investigation)\s+of\s+(?:the\s+)?/, '')
    .replace(/^(?:overall|general|clinical|long[- ]term|short[- ]term)\s+/, '')
    .replace(/\s+(?:profile|assessment|evaluation|data)$/, '')
    .trim();
}

/** Whether a title is nothing but general words ("Safety", "Safety and tolerability", "Efficacy/Safety"). */
function isGenericTitle(title: string): boolean {
  const text = title
    .replace(/\\(?=[^\sA-Za-z0-9])/g, '')
    .toLowerCase()
    .replace(/[.:;!]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return false;
  const parts = text.split(/\s*(?:,|&|\/|\+|\band\b|\bor\b)\s*/).filter((part) => part !== '');
  return parts.length > 0 && parts.every((part) => GENERIC.has(core(part)));
}

export default defineRule(
  {
    id: 'outcome-title-specific',
    defaultSeverity: 'warning',
    category: 'outcomes',
    description: 'Disallow outcome titles that are only a general word such as "Safety" or "Efficacy"',
    registry: 'warning',
    source: 'OUT-NONSPECIFIC-TITLE',
    fixable: false,
  },
  ({ trial, report }) => {
    for (const { outcome, pointer } of outcomeEntries(trial)) {
      if (outcome.measure === undefined || !isGenericTitle(outcome.measure)) continue;
      report({
        pointer: `${pointer}/measure`,
        message: `The ${fieldLabelOf(`${pointer}/measure`)} "${outcome.measure.trim()}" names an area, not a measure: say what is measured, e.g. "Number of participants with treatment-related adverse events (CTCAE v5.0)" or "Change from baseline in HbA1c".`,
      });
    }
  },
);
