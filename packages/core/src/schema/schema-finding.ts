import type { RangeTarget } from '../yaml/load-trial.js';

/** A fix a schema finding can offer; the validator turns it into an edit. */
export type SchemaSuggestion = { kind: 'replace-value'; value: string } | { kind: 'rename-key'; key: string };

/** A JSON Schema violation, in words an author can act on. */
export interface SchemaFinding {
  ruleId: 'schema';
  severity: 'error';
  message: string;
  /** Where the problem is: the offending value, or for unknown and missing keys the key itself. */
  pointer: string;
  target: RangeTarget;
  /** The JSON Schema keyword that failed (`type`, `enum`, `additionalProperties`, ...). */
  keyword: string;
  suggestion?: SchemaSuggestion;
  /** Whether applying the suggestion is safe without a person looking (same value up to case or label). */
  suggestionIsSafe?: boolean;
}
