// The editor's diagnostics for a trial → the preview's inline problems. No `vscode` import: diagnostics are
// described by the few fields used, so this is unit-tested without VS Code.
import type { Problem } from '@trialyaml/preview';

/** What the preview needs from a `vscode.Diagnostic`. */
export interface DiagnosticLike {
  /** `vscode.DiagnosticSeverity`: 0 error, 1 warning, 2 information, 3 hint. */
  severity: number;
  message: string;
  code?: string | number | { value: string | number } | undefined;
  source?: string | undefined;
  /** The server's `data` (the language client keeps it on the diagnostic): the finding's JSON pointer. */
  data?: unknown;
}

/** Whether a diagnostic comes from TrialYAML (and not, say, a YAML or spelling extension). */
export function isTrialyamlDiagnostic(diagnostic: DiagnosticLike): boolean {
  return typeof diagnostic.source === 'string' && /^trial-?yaml\b/i.test(diagnostic.source);
}

function ruleIdOf(code: DiagnosticLike['code']): string {
  if (typeof code === 'string' || typeof code === 'number') return String(code);
  if (code && (typeof code.value === 'string' || typeof code.value === 'number')) return String(code.value);
  return '';
}

/** The language server puts the finding's JSON pointer in `data` (as a string; `{ pointer }` is accepted too). */
function pointerFromData(data: unknown): string | undefined {
  const pointer = typeof data === 'object' && data !== null ? (data as { pointer?: unknown }).pointer : data;
  return typeof pointer === 'string' && (pointer === '' || pointer.startsWith('/')) ? pointer : undefined;
}

/**
 * Problems for the preview: TrialYAML's diagnostics, each placed at the pointer the server gave (`data`) or else
 * at the value where the diagnostic starts (`pointerAtStart`).
 */
export function toPreviewProblems(
  diagnostics: readonly DiagnosticLike[],
  pointerAtStart: (diagnostic: DiagnosticLike) => string | undefined,
): Problem[] {
  return diagnostics.filter(isTrialyamlDiagnostic).map((diagnostic) => ({
    pointer: pointerFromData(diagnostic.data) ?? pointerAtStart(diagnostic) ?? null,
    severity: diagnostic.severity === 0 ? 'error' : diagnostic.severity === 1 ? 'warning' : 'info',
    message: diagnostic.message,
    ruleId: ruleIdOf(diagnostic.code),
  }));
}
