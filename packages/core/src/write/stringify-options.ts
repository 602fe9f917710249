import type { ToStringOptions } from 'yaml';

/** How every TrialYAML writer lays out YAML: two-space indent, no line folding, block sequences indented. */
export const TRIAL_TO_STRING_OPTIONS: ToStringOptions = {
  indent: 2,
  indentSeq: true,
  lineWidth: 0,
  minContentWidth: 0,
  flowCollectionPadding: false,
};
