import { enumLabel } from '@trialyaml/core';
import { defineRule } from '../engine/rule.js';
import { hasText } from '../rule-support/presence.js';
import { fieldLabelOf } from '../rule-support/registry-words.js';

/** Words that carry nothing about the intervention itself. */
const FILLER = new Set(
  'a an the of and or with to in on for as by per is are be will was were this that it its their participants patients subjects group arm study intervention treatment receive receives received given administer administered administration use used using'.split(
    ' ',
  ),
);

/** The words of a text that carry meaning, in lower case. */
function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !FILLER.has(word));
}

/**
 * "Undergo CT", "Undergo observation": the wording the U.S. National Cancer Institute gives procedures and other
 * activities in thousands of posted records, which the registry accepts; for a procedure there is little more to
 * say. Only drug-like interventions are held to more.
 */
const UNDERGO = /^\s*undergo(?:es)?\b/i;
const ACTIVITY_TYPES = new Set(['PROCEDURE', 'DIAGNOSTIC_TEST', 'OTHER', 'BEHAVIORAL']);

export default defineRule(
  {
    id: 'intervention-description-informative',
    defaultSeverity: 'warning',
    category: 'arms-interventions',
    description: 'Require an intervention description to say more than the intervention name',
    registry: 'review-major',
    source: 'TrialYAML (PRS review: intervention description)',
    fixable: false,
  },
  ({ trial, report }) => {
    (trial.armsInterventionsModule?.interventions ?? []).forEach((intervention, index) => {
      const { name, description, type } = intervention;
      if (!hasText(name) || !hasText(description)) return;
      if (UNDERGO.test(description) && ACTIVITY_TYPES.has(type ?? '')) return;
      const said = contentWords(description);
      if (!said.length) return;
      const known = new Set([
        ...contentWords(name),
        ...(intervention.otherNames ?? []).flatMap(contentWords),
        ...contentWords(type ? `${type} ${enumLabel('InterventionType', type) ?? ''}` : ''),
      ]);
      if (!said.every((word) => known.has(word))) return;
      const pointer = `/armsInterventionsModule/interventions/${index}/description`;
      report({
        pointer,
        message: `The ${fieldLabelOf(pointer)} of intervention "${name.trim()}" only repeats its name: say what tells it apart from similar interventions, e.g. dosage form, dose, route, frequency and duration (for a placebo, what it contains and that it matches the active product).`,
      });
    });
  },
);
