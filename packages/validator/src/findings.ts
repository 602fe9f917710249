// What linting a file produces. A rule reports a `RuleReport` (a pointer and a message, see engine/rule.ts); the
// engine positions it as a `Finding`; the findings of one file, counted and sorted, are its `FileReport`, which
// formatters print. `lintTrial` returns the report with the trial it read (`LintedTrial`, engine/lint-trial.ts).
import type { FixOperation } from './fixes/fix-operation.js';

/** How much a finding matters: errors fail CI, warnings fail it past `--max-warnings`, infos never do. */
export type Severity = 'error' | 'warning' | 'info';

/** One problem in a file, positioned. Lines and columns are 1-based; the end is exclusive. */
export interface Finding {
  /** `syntax` for problems reading the YAML, `schema` for JSON Schema violations, else the rule id. */
  ruleId: string;
  severity: Severity;
  message: string;
  /** JSON pointer of the offending value or key; null when the file could not be read as data. */
  pointer: string | null;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Safe structural edits; applied by --fix. */
  fix?: FixOperation[];
  /** Edits a person may choose (quick fixes), not applied by --fix. */
  suggestions?: Array<{ title: string; fix: FixOperation[] }>;
  /** JSON pointers of the absent values the finding is about, for editors that offer to add them. */
  missing?: string[];
}

/**
 * The findings of one file, sorted by position, with their counts: what formatters print (the JSON output's
 * element, see the contract in docs/architecture.md, which calls the findings `messages`).
 */
export interface FileReport {
  filePath: string;
  errorCount: number;
  warningCount: number;
  infoCount: number;
  findings: Finding[];
  /**
   * The modules of the trial that hold something (core's `startedSections`), for the record summary; absent when
   * the file could not be read as a trial. Not part of the JSON contract.
   */
  startedSections?: string[];
}

/** Counts and sorts findings into a file's report. */
export function toFileReport(filePath: string, findings: Finding[], startedSections?: string[]): FileReport {
  const sorted = [...findings].sort(
    (a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId),
  );
  const count = (severity: Severity): number =>
    sorted.filter((finding) => finding.severity === severity).length;
  return {
    filePath,
    errorCount: count('error'),
    warningCount: count('warning'),
    infoCount: count('info'),
    findings: sorted,
    ...(startedSections ? { startedSections } : {}),
  };
}
