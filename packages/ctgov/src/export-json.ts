import { orderLikeSchema, type Trial } from '@trialyaml/core';
import { readTrialForExport, type ReadTrialOptions, type TrialProblem } from './read-trial.js';

/**
 * The registry's study JSON for a protocolSection: `{ "protocolSection": ... }` with modules and fields in the
 * registry's order, two-space indented, ending with a newline. Array order and values are kept as they are.
 */
export function studyJson(protocolSection: unknown): string {
  return `${JSON.stringify({ protocolSection: orderLikeSchema(protocolSection) }, null, 2)}\n`;
}

export interface ExportJsonResult {
  ok: boolean;
  /** The study JSON; undefined when the trial has errors. */
  json: string | undefined;
  /** The protocolSection written (registry order); undefined when the trial has errors. */
  protocolSection: Trial | undefined;
  /** Errors that stopped the export, and warnings about how the YAML was read. */
  problems: TrialProblem[];
}

/**
 * Trial file (YAML text or bytes) → the registry's study JSON. The file must load cleanly and follow the
 * schema; otherwise `ok` is false and `problems` say what to fix, with positions.
 */
export function exportTrialJson(
  input: string | Uint8Array,
  options: ReadTrialOptions = {},
): ExportJsonResult {
  const read = readTrialForExport(input, options);
  if (!read.ok || read.data === undefined) {
    return { ok: false, json: undefined, protocolSection: undefined, problems: read.problems };
  }
  const protocolSection = orderLikeSchema(read.data);
  return {
    ok: true,
    json: `${JSON.stringify({ protocolSection }, null, 2)}\n`,
    protocolSection,
    problems: read.problems,
  };
}
