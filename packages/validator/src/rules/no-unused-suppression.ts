import { UNUSED_SUPPRESSION_RULE } from '../engine/lint-trial.js';
import { defineRule } from '../engine/rule.js';

/** Checked by the engine when it applies inline suppressions; this entry carries the rule's metadata. */
export default defineRule(
  {
    id: UNUSED_SUPPRESSION_RULE,
    defaultSeverity: 'warning',
    category: 'suppressions',
    description: 'Disallow inline trialyaml-disable comments that silence nothing',
    registry: 'tool',
    source: 'TrialYAML',
    fixable: false,
  },
  () => undefined,
);
