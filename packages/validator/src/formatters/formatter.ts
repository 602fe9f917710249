import type { Rule } from '../engine/rule.js';
import type { FileReport } from '../findings.js';
import type { SourceExcerpt } from './source-excerpt.js';

/** What a formatter may need beyond the results. */
export interface FormatterContext {
  /** Base for printing relative paths. */
  cwd: string;
  /** Whether to use ANSI colours. */
  color: boolean;
  /** Per file path, the source lines its code frames show (see `sourceExcerpt`); files without get no frames. */
  excerptOf?: (filePath: string) => SourceExcerpt | undefined;
  /** The rules that ran: formats that describe the rules (SARIF) take what they say from their metadata. */
  rules?: readonly Rule[];
  /** The tool's version, for formats that record it. */
  toolVersion?: string;
}

/** Turns the reports of the files linted into the text printed on stdout. */
export type Formatter = (reports: readonly FileReport[], context: FormatterContext) => string;
