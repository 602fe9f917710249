import { defineRule } from '../engine/rule.js';
import { isBlank } from '../rule-support/presence.js';
import { fieldName } from '../rule-support/registry-words.js';

export default defineRule(
  {
    id: 'gender-description-required',
    defaultSeverity: 'error',
    category: 'eligibility',
    description: 'Require a description of gender-based eligibility when eligibility is based on gender',
    registry: 'error',
    source: 'REQ-GENDER-DESC',
    fixable: false,
  },
  ({ trial, report }) => {
    const eligibility = trial.eligibilityModule;
    if (eligibility?.genderBased !== true || !isBlank(eligibility.genderDescription)) return;
    report({
      pointer:
        eligibility.genderDescription === undefined
          ? '/eligibilityModule/genderBased'
          : '/eligibilityModule/genderDescription',
      ...(eligibility.genderDescription === undefined
        ? { missing: ['/eligibilityModule/genderDescription'] }
        : {}),
      message: `${fieldName('/eligibilityModule/genderBased')} is true: describe the gender-based eligibility (e.g. who counts as eligible and how gender identity is determined) in ${fieldName('/eligibilityModule/genderDescription')}.`,
    });
  },
);
