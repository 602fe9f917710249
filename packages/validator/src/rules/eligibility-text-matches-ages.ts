import { defineRule } from '../engine/rule.js';
import { ageInDays } from '../rule-support/age.js';
import { fieldLabelOf, fieldName } from '../rule-support/registry-words.js';
import { sameAge, statedAges, type StatedAgeLimit } from '../rule-support/eligibility-age-statements.js';

const FIELDS = [
  ['minimumAge', 'min'],
  ['maximumAge', 'max'],
] as const;

const either = (values: string[]): string => values.join(' or ');
const CRITERIA = '/eligibilityModule/eligibilityCriteria';

export default defineRule(
  {
    id: 'eligibility-text-matches-ages',
    defaultSeverity: 'warning',
    category: 'eligibility',
    description: 'Require the ages stated in the eligibility criteria to match minimumAge and maximumAge',
    registry: 'review-major',
    source: 'ELI-AGE-VS-CRITERIA',
    fixable: false,
  },
  ({ trial, report }) => {
    const module = trial.eligibilityModule;
    const criteria = module?.eligibilityCriteria;
    if (!module || !criteria?.trim()) return;
    const stated = statedAges(criteria);
    const missing: Array<{ key: string; limit: StatedAgeLimit }> = [];
    for (const [key, side] of FIELDS) {
      const limit = stated[side];
      if (!limit) continue;
      const value = module[key];
      if (value === undefined) {
        missing.push({ key, limit });
        continue;
      }
      // An unreadable age is the schema's business.
      if (ageInDays(value) === undefined || limit.values.some((each) => sameAge(each, value))) continue;
      report({
        pointer: `/eligibilityModule/${key}`,
        message: `${fieldName(`/eligibilityModule/${key}`)} is "${value}", but ${fieldName(CRITERIA)} says "${limit.quote}": set ${fieldLabelOf(`/eligibilityModule/${key}`)} to ${either(limit.values)}, or correct the criteria text.`,
      });
    }
    if (!missing.length) return;
    const quotes = [...new Set(missing.map(({ limit }) => `"${limit.quote}"`))].join(' and ');
    const unset = missing.map(({ key }) => fieldName(`/eligibilityModule/${key}`)).join(' and ');
    const additions = missing.map(({ key, limit }) => `${key}: ${either(limit.values)}`).join(' and ');
    report({
      pointer: CRITERIA,
      message: `${fieldName(CRITERIA)} says ${quotes}, but ${unset} ${missing.length > 1 ? 'are' : 'is'} not set (no limit): add ${additions}, or correct the criteria text.`,
    });
  },
);
