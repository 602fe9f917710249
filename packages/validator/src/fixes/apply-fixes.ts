import { loadTrial } from '@trialyaml/core';
import { lintTrial, type LintOptions } from '../engine/lint-trial.js';
import type { TextEdit } from './fix-operation.js';
import { unsafeFixReason } from './fix-safety.js';
import { toTextEdit } from './to-text-edits.js';
import { applyWholeFixes } from './whole-fixes.js';

/** Passes of lint-and-fix: fixes left out because they overlapped an applied one are retried on the next pass. */
const MAX_PASSES = 10;

export interface FixOutcome {
  /** The fixed text; the input itself when nothing was fixed or the fixes were not applied. */
  text: string;
  /** How many fixes were applied over all passes (0 when they were not applied). */
  fixed: number;
  /**
   * Set when fixes were worked out but the result failed the safety check (it would not read, would have a new
   * YAML problem or would lose a comment): `text` is then the input, unchanged, and nothing should be written.
   */
  notApplied?: { fixes: number; reason: string };
}

/**
 * Applies every safe fix (findings' `fix`, never suggestions) to a file's text, re-linting between passes
 * until nothing more applies. Comments, blank lines, key order, line breaks and the BOM are kept; text that
 * cannot be read is returned unchanged, and so is text whose fixed form fails {@link unsafeFixReason}.
 */
export function applyFixes(text: string, options: LintOptions = {}): FixOutcome {
  let current = text;
  let fixed = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { report, trial } = lintTrial(current, options);
    if (!trial.ok) break;
    // One fix per finding, applied whole or not at all: a fix whose edits cannot all be made waits, entire,
    // for the next pass (and stays a finding if it never fits).
    const fixes: TextEdit[][] = [];
    for (const finding of report.findings) {
      if (!finding.fix) continue;
      const findingEdits = finding.fix.map((operation) => toTextEdit(trial, operation));
      if (findingEdits.every((edit): edit is TextEdit => edit !== undefined)) fixes.push(findingEdits);
    }
    if (!fixes.length) break;
    const next = applyWholeFixes(trial.text, fixes);
    if (next.applied.length === 0 || next.text === trial.text) break;
    fixed += next.applied.length;
    current = (trial.hadBom ? '\uFEFF' : '') + next.text;
  }
  if (fixed === 0 || current === text) return { text, fixed: 0 };
  const reason = unsafeFixReason(loadTrial(text, { fast: false }), current, options);
  if (reason !== undefined) return { text, fixed: 0, notApplied: { fixes: fixed, reason } };
  return { text: current, fixed };
}
