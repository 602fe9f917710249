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
  /** The server's `data` (the language client keeps it on the diagnostic): `{ pointer, missing? }`. */
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

/** Where a diagnostic is, from the server's `data`: the finding's pointer and what it says is missing. */
interface DataPlace {
  pointer?: string;
  missing?: string[];
}

const isPointer = (value: unknown): value is string =>
  typeof value === 'string' && (value === '' || value.startsWith('/'));

/**
 * The language server's `data`: `{ pointer, missing? }` (the finding's JSON pointer and the pointers of what is
 * missing); older servers sent the pointer alone, as a string, which is still read.
 */
export function placeFromData(data: unknown): DataPlace {
  if (isPointer(data)) return { pointer: data };
  if (typeof data !== 'object' || data === null) return {};
  const { pointer, missing } = data as { pointer?: unknown; missing?: unknown };
  const place: DataPlace = {};
  if (isPointer(pointer)) place.pointer = pointer;
  if (Array.isArray(missing) && missing.length && missing.every(isPointer)) place.missing = missing;
  return place;
}

/**
 * Problems for the preview and the record summary: TrialYAML's diagnostics, each placed at the pointer the server
 * gave (`data`) or else at the value where the diagnostic starts (`pointerAtStart`), with what is missing.
 */
export function toPreviewProblems(
  diagnostics: readonly DiagnosticLike[],
  pointerAtStart: (diagnostic: DiagnosticLike) => string | undefined,
): Problem[] {
  return diagnostics.filter(isTrialyamlDiagnostic).map((diagnostic) => {
    const place = placeFromData(diagnostic.data);
    const problem: Problem = {
      pointer: place.pointer ?? pointerAtStart(diagnostic) ?? null,
      severity: diagnostic.severity === 0 ? 'error' : diagnostic.severity === 1 ? 'warning' : 'info',
      message: diagnostic.message,
      ruleId: ruleIdOf(diagnostic.code),
    };
    // A finding about a missing module is on the file's root: `missing` puts it in the module's section.
    if (place.missing) problem.missing = place.missing;
    return problem;
  });
}
