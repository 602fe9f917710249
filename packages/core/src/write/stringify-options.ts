import type { ToStringOptions } from 'yaml';

/** How every TrialYAML writer lays out YAML: two-space indent, no line folding, block sequences indented. */
export const TRIAL_TO_STRING_OPTIONS: ToStringOptions = {
  indent: 2,
  indentSeq: true,
  lineWidth: 0,
  minContentWidth: 0,
  flowCollectionPadding: false,
  // Never fold a double-quoted string over several lines: yaml 2.9 then writes a line of one space back as
  // an escaped line break, which reads back differently. One long line reads back exactly.
  doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER,
};
