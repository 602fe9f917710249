import { loadTrial, validateTrialSchema, type Trial } from '@trialyaml/core';

/** Why a trial file cannot be exported as it is (or a warning about how it was read). */
export interface TrialProblem {
  severity: 'error' | 'warning';
  /** `syntax` for problems reading the YAML, `schema` for JSON Schema findings (as in `trialyaml lint`). */
  ruleId: 'syntax' | 'schema';
  /** The read problem's code (`duplicate-key`, `syntax-error`, ...) or the schema keyword that failed. */
  code: string;
  message: string;
  /** Where in the data, when the problem is about a value. */
  pointer: string | undefined;
  /** 1-based; columns in UTF-16 code units; the end is exclusive. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A trial file read for export: its data only when it loads cleanly and follows the schema. */
export interface ReadTrialResult {
  ok: boolean;
  data: Trial | undefined;
  problems: TrialProblem[];
}

export interface ReadTrialOptions {
  /** Used in messages only. */
  filename?: string;
  /** The size of the whole file when `input` is only its head (see `loadTrial`). */
  totalBytes?: number;
}

/**
 * Reads a trial file for export. Export needs exactly what the author wrote, so any read error (YAML syntax,
 * duplicate keys, several documents, ...) or schema finding (which includes `.inf`/`.nan`, not JSON numbers) is
 * an error with its position; YAML the loader only warns about stays a warning.
 */
export function readTrialForExport(
  input: string | Uint8Array,
  options: ReadTrialOptions = {},
): ReadTrialResult {
  const loaded = loadTrial(input, {
    ...(options.filename === undefined ? {} : { filename: options.filename }),
    ...(options.totalBytes === undefined ? {} : { totalBytes: options.totalBytes }),
  });
  const problems: TrialProblem[] = loaded.problems.map((problem) => ({
    severity: problem.severity,
    ruleId: 'syntax',
    code: problem.code,
    message: problem.message,
    pointer: undefined,
    line: problem.range.line,
    column: problem.range.column,
    endLine: problem.range.endLine,
    endColumn: problem.range.endColumn,
  }));
  if (loaded.ok) {
    for (const finding of validateTrialSchema(loaded.data)) {
      const range = loaded.rangeOf(finding.pointer, finding.target);
      problems.push({
        severity: 'error',
        ruleId: 'schema',
        code: finding.keyword,
        message: finding.message,
        pointer: finding.pointer,
        line: range.line,
        column: range.column,
        endLine: range.endLine,
        endColumn: range.endColumn,
      });
    }
  }
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  const ok = !problems.some((problem) => problem.severity === 'error');
  return { ok, data: ok ? (loaded.data as Trial) : undefined, problems };
}
