import { defineRule } from '../engine/rule.js';
import { ageInDays } from '../rule-support/age.js';
import { sameAge, statedAges, type StatedAgeLimit } from '../rule-support/eligibility-age-statements.js';

const FIELDS = [
  ['minimumAge', 'min'],
  ['maximumAge', 'max'],
] as const;

const either = (values: string[]): string => values.join(' or ');

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
        message: `eligibilityModule.${key} is "${value}", but eligibilityCriteria says "${limit.quote}"; set ${key} to ${either(limit.values)}, or correct the criteria text.`,
      });
    }
    if (!missing.length) return;
    const quotes = [...new Set(missing.map(({ limit }) => `"${limit.quote}"`))].join(' and ');
    const keys = missing.map(({ key }) => key).join(' and ');
    const additions = missing.map(({ key, limit }) => `${key}: ${either(limit.values)}`).join(' and ');
    report({
      pointer: '/eligibilityModule/eligibilityCriteria',
      message: `eligibilityCriteria says ${quotes}, but eligibilityModule has no ${keys} (no limit); add ${additions}, or correct the criteria text.`,
    });
  },
);
