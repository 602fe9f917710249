import { SUPPRESSION_REASON_RULE } from '../engine/lint-trial.js';
import { defineRule } from '../engine/rule.js';

/** Checked by the engine when it applies inline suppressions; this entry carries the rule's metadata. */
export default defineRule(
  {
    id: SUPPRESSION_REASON_RULE,
    defaultSeverity: 'warning',
    category: 'suppressions',
    description: 'Require a reason on every inline trialyaml-disable comment',
    registry: 'tool',
    source: 'TrialYAML',
    fixable: false,
  },
  () => undefined,
);
