import { splitCriteria, unescapeMarkup } from '@trialyaml/core';
import { defineRule } from '../engine/rule.js';
import { isPlaceholder } from '../rule-support/placeholder-text.js';
import { fieldName } from '../rule-support/registry-words.js';

const POINTER = '/eligibilityModule/eligibilityCriteria';

/** A list marker or emphasis around an item: "* ", "1. ", "- ", "**". */
const MARKERS = /^\s*(?:[*•·+-]|\d{1,3}[.)])\s+|[*_]{2}/g;

/**
 * Saying that there are none: a study may truly have no exclusion criteria, and "None" under that heading says so
 * (tersely). Under "Inclusion Criteria" it cannot be true.
 */
const NOTHING = /^(?:none|nil|n\/?a|not applicable|no exclusion criteria)\s*[.;!]?$/i;

/**
 * One exclusion item that only turns the inclusion criteria around: "Patients failing to meet the above inclusion
 * criteria." (NCT06714279), "Not meeting the inclusion criteria". It excludes no one the inclusion criteria admit.
 */
const RESTATES_INCLUSION =
  /^(?:(?:all |any )?(?:patients?|subjects?|participants?|individuals?|people|persons?|those|anyone|anybody)\s+)?(?:who\s+(?:do|does|did)\s*(?:not|n't)\s+(?:meet|fulfil+|satisfy)|who\s+(?:fail|failed)\s+to\s+(?:meet|fulfil+|satisfy)|failing\s+to\s+(?:meet|fulfil+|satisfy)|not\s+(?:meeting|fulfil+ing|satisfying|meet|fulfil+|satisfy)|(?:who\s+(?:are|is)\s+)?unable\s+to\s+(?:meet|fulfil+|satisfy))\s+(?:(?:all|any|one|each)\s+(?:of\s+)?)?(?:the\s+)?(?:above(?:-mentioned)?\s+|aforementioned\s+|listed\s+)?inclusion\s+criteri(?:a|on)(?:\s+(?:above|listed above))?\.?$/i;

export default defineRule(
  {
    id: 'eligibility-criteria-not-placeholder',
    defaultSeverity: 'warning',
    category: 'eligibility',
    description:
      'Disallow placeholder text ("Nil", "None", "N/A", "TBD") as the criteria under an inclusion or exclusion heading, and exclusion criteria that only restate the inclusion criteria',
    registry: 'review-major',
    source: 'TrialYAML (PRS review: eligibility criteria appear to be missing)',
    fixable: false,
  },
  ({ trial, report }) => {
    const criteria = trial.eligibilityModule?.eligibilityCriteria;
    if (typeof criteria !== 'string') return;
    const parts = splitCriteria(criteria);
    if (!parts) return;
    const field = fieldName(POINTER);
    for (const part of parts) {
      if (part.kind === 'other') continue;
      const text = unescapeMarkup(part.text).replace(MARKERS, '').trim();
      if (part.kind === 'exclusion' && RESTATES_INCLUSION.test(text)) {
        report({
          pointer: POINTER,
          message: `${field}: under "${part.heading}" the criteria only turn the inclusion criteria around ("${text}"), which excludes no one: list what keeps an otherwise eligible person out (e.g. allergy to a study drug, pregnancy, conditions that make taking part unsafe); if nothing does, say so in words ("There are no exclusion criteria.").`,
        });
        continue;
      }
      const empty = text === '';
      if (!empty && !isPlaceholder(text, () => POINTER)) continue;
      const said = empty ? 'nothing' : `only "${text}"`;
      if (part.kind === 'exclusion' && (empty || NOTHING.test(text))) {
        report({
          pointer: POINTER,
          message: `${field}: under "${part.heading}" the criteria say ${said}: if the study truly has no exclusion criteria, say so in words (e.g. "There are no exclusion criteria beyond the inclusion criteria."), otherwise list them.`,
          atMost: 'info',
        });
        continue;
      }
      report({
        pointer: POINTER,
        message: `${field}: under "${part.heading}" the criteria say ${said}: the registry returns criteria that are placeholders as missing; list the criteria that decide who may take part.`,
      });
    }
  },
);
