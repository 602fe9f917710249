import { lintTrial, type LintOptions } from '../engine/lint-trial.js';
import type { TextEdit } from './fix-operation.js';
import { applyTextEdits, toTextEdit } from './to-text-edits.js';

/** Passes of lint-and-fix: fixes that overlapped are retried on the next pass. */
const MAX_PASSES = 10;

export interface FixOutcome {
  text: string;
  /** How many fixes were applied over all passes. */
  fixed: number;
}

/**
 * Applies every safe fix (findings' `fix`, never suggestions) to a file's text, re-linting between passes
 * until nothing more applies. Comments, blank lines and key order are kept; text that cannot be read is
 * returned unchanged.
 */
export function applyFixes(text: string, options: LintOptions = {}): FixOutcome {
  let current = text;
  let fixed = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { report, trial } = lintTrial(current, options);
    if (!trial.ok) break;
    const edits: TextEdit[] = [];
    for (const finding of report.findings) {
      if (!finding.fix) continue;
      const findingEdits = finding.fix.map((operation) => toTextEdit(trial, operation));
      if (findingEdits.every((edit): edit is TextEdit => edit !== undefined)) edits.push(...findingEdits);
    }
    if (!edits.length) break;
    const next = applyTextEdits(trial.text, edits);
    if (next.applied === 0 || next.text === trial.text) break;
    fixed += next.applied;
    current = (trial.hadBom ? '\uFEFF' : '') + next.text;
  }
  return { text: current, fixed };
}
