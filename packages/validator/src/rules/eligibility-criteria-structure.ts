import { defineRule } from '../engine/rule.js';
import { fieldName } from '../rule-support/registry-words.js';
import { hasCriteriaHeading } from '@trialyaml/core';

export default defineRule(
  {
    id: 'eligibility-criteria-structure',
    defaultSeverity: 'info',
    category: 'eligibility',
    description: 'Enforce "Inclusion Criteria" and "Exclusion Criteria" headings in the eligibility criteria',
    registry: 'review-advisory',
    source: 'ELI-CRITERIA-FORMAT',
    fixable: false,
  },
  ({ trial, report }) => {
    const criteria = trial.eligibilityModule?.eligibilityCriteria;
    if (!criteria?.trim()) return;
    const missing = (['Inclusion', 'Exclusion'] as const).filter(
      (kind) => !hasCriteriaHeading(criteria, kind),
    );
    if (!missing.length) return;
    const headings = missing.map((kind) => `"${kind} Criteria:"`).join(' and ');
    report({
      pointer: '/eligibilityModule/eligibilityCriteria',
      message: `${fieldName('/eligibilityModule/eligibilityCriteria')} has no ${headings} heading${missing.length > 1 ? 's' : ''}: write the criteria as an "Inclusion Criteria:" list followed by an "Exclusion Criteria:" list, as the registry expects.`,
    });
  },
);
