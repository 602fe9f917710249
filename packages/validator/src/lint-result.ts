/** How much a finding matters: errors fail CI, warnings fail it past `--max-warnings`, infos never do. */
export type Severity = 'error' | 'warning' | 'info';

/** One finding, positioned. Lines and columns are 1-based; the end is exclusive. */
export interface LintMessage {
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
}

/** The findings for one file (the JSON output's element, see docs/architecture contract). */
export interface LintResult {
  filePath: string;
  errorCount: number;
  warningCount: number;
  infoCount: number;
  messages: LintMessage[];
}

/** Counts and sorts messages into a result. */
export function toLintResult(filePath: string, messages: LintMessage[]): LintResult {
  const sorted = [...messages].sort(
    (a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId),
  );
  const count = (severity: Severity): number =>
    sorted.filter((message) => message.severity === severity).length;
  return {
    filePath,
    errorCount: count('error'),
    warningCount: count('warning'),
    infoCount: count('info'),
    messages: sorted,
  };
}
