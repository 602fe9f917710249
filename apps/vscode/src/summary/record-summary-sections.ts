// What the record summary view counts, without `vscode`: the editor's diagnostics of a trial → its form sections
// with their error and warning counts, as core's `summarizeSections` (and `trialyaml lint --format summary`) counts
// the same findings: one about a missing module counts in that module's section, not on the whole file.
import { summarizeSections, type SectionSummary } from '@trialyaml/core';
import { toPreviewProblems, type DiagnosticLike } from '../preview/preview-problems.js';

/**
 * The sections of `trial` (the file's data) with the TrialYAML diagnostics counted in them; `pointerAtStart` places
 * a diagnostic whose data names no pointer.
 */
export function recordSummarySections<D extends DiagnosticLike>(
  trial: unknown,
  diagnostics: readonly D[],
  pointerAtStart: (diagnostic: D) => string | undefined,
): SectionSummary[] {
  const problems = toPreviewProblems(diagnostics, (diagnostic) => pointerAtStart(diagnostic as D));
  return summarizeSections(trial, problems).sections;
}
