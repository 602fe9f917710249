import { defineRule } from '../engine/rule.js';
import { ageInDays } from '../rule-support/age.js';

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
      message: `eligibilityModule.minimumAge "${minimumAge}" is above eligibilityModule.maximumAge "${maximumAge}"; swap them or correct one of them.`,
    });
  },
);
