import { splitCriteria, unescapeMarkup } from '@trialyaml/core';
import { defineRule } from '../engine/rule.js';
import { isPlaceholder } from '../rule-support/placeholder-text.js';

const POINTER = '/eligibilityModule/eligibilityCriteria';

/** A list marker or emphasis around an item: "* ", "1. ", "- ", "**". */
const MARKERS = /^\s*(?:[*•·+-]|\d{1,3}[.)])\s+|[*_]{2}/g;

/**
 * Saying that there are none: a study may truly have no exclusion criteria, and "None" under that heading says so
 * (tersely). Under "Inclusion Criteria" it cannot be true.
 */
const NOTHING = /^(?:none|nil|n\/?a|not applicable|no exclusion criteria)$/i;

export default defineRule(
  {
    id: 'eligibility-criteria-not-placeholder',
    defaultSeverity: 'warning',
    category: 'eligibility',
    description:
      'Disallow placeholder text ("Nil", "None", "N/A", "TBD") as the criteria under an inclusion or exclusion heading',
    registry: 'review-major',
    source: 'TrialYAML (PRS review: eligibility criteria appear to be missing)',
    fixable: false,
  },
  ({ trial, report }) => {
    const criteria = trial.eligibilityModule?.eligibilityCriteria;
    if (typeof criteria !== 'string') return;
    const parts = splitCriteria(criteria);
    if (!parts) return;
    for (const part of parts) {
      if (part.kind === 'other') continue;
      const text = unescapeMarkup(part.text).replace(MARKERS, '').trim();
      const empty = text === '';
      if (!empty && !isPlaceholder(text, () => POINTER)) continue;
      const said = empty ? 'nothing' : `only "${text}"`;
      if (part.kind === 'exclusion' && (empty || NOTHING.test(text))) {
        report({
          pointer: POINTER,
          message: `Under "${part.heading}" the criteria say ${said}: if the study truly has no exclusion criteria, say so in words (e.g. "There are no exclusion criteria beyond the inclusion criteria."), otherwise list them.`,
          atMost: 'info',
        });
        continue;
      }
      report({
        pointer: POINTER,
        message: `Under "${part.heading}" the criteria say ${said}: the registry returns criteria that are placeholders as missing; list the criteria that decide who may take part.`,
      });
    }
  },
);
