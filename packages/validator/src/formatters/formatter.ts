import type { LintResult } from '../lint-result.js';
import type { SourceExcerpt } from './source-excerpt.js';

/** What a formatter may need beyond the results. */
export interface FormatterContext {
  /** Base for printing relative paths. */
  cwd: string;
  /** Whether to use ANSI colours. */
  color: boolean;
  /** Per file path, the source lines its code frames show (see `sourceExcerpt`); files without get no frames. */
  excerptOf?: (filePath: string) => SourceExcerpt | undefined;
  /** Rule metadata for formats that describe rules (SARIF). */
  rulesMeta?: ReadonlyMap<string, RuleDescription>;
  /** The tool's version, for formats that record it. */
  toolVersion?: string;
}

/** Turns lint results into the text printed on stdout. */
export type Formatter = (results: readonly LintResult[], context: FormatterContext) => string;

/** What formats say about a rule. */
export interface RuleDescription {
  description: string;
  docsUrl: string;
  defaultSeverity: 'error' | 'warning' | 'info';
  category: string;
}
