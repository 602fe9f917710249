import { defineRule } from '../engine/rule.js';
import { ageInDays } from '../rule-support/age.js';
import { fieldName } from '../rule-support/registry-words.js';

export default defineRule(
  {
    id: 'age-range-order',
    defaultSeverity: 'error',
    category: 'eligibility',
    description: 'Require the minimum age to be no higher than the maximum age',
    registry: 'error',
    source: 'ELI-AGE-ORDER',
    fixable: false,
  },
  ({ trial, report }) => {
    const { minimumAge, maximumAge } = trial.eligibilityModule ?? {};
    const min = ageInDays(minimumAge);
    const max = ageInDays(maximumAge);
    if (min === undefined || max === undefined || min <= max) return;
    report({
      pointer: '/eligibilityModule/minimumAge',
      message: `${fieldName('/eligibilityModule/minimumAge')} "${minimumAge}" is above ${fieldName('/eligibilityModule/maximumAge')} "${maximumAge}": swap them or correct one of them.`,
    });
  },
);
