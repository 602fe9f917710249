import { readTrialForExport, type ReadTrialOptions, type TrialProblem } from '../read-trial.js';
import { buildPrsXml, type PrsXmlOptions } from './build-prs-xml.js';
import type { PrsXmlReport } from './report.js';

export interface ExportPrsXmlResult {
  /** False when the trial has errors (then there is no XML); true does not mean the upload is complete. */
  ok: boolean;
  xml: string | undefined;
  /** What the upload lacks, what it leaves out and what was translated; undefined when `ok` is false. */
  report: PrsXmlReport | undefined;
  /** Errors that stopped the export, and warnings about how the YAML was read. */
  problems: TrialProblem[];
}

/**
 * Trial file (YAML text or bytes) → the registry's protocol upload XML. Like the JSON export, the file must
 * load cleanly and follow the schema. Check `report.missingUploadFields` before uploading.
 */
export function exportTrialPrsXml(
  input: string | Uint8Array,
  options: ReadTrialOptions & PrsXmlOptions = {},
): ExportPrsXmlResult {
  const read = readTrialForExport(input, options);
  if (!read.ok || read.data === undefined) {
    return { ok: false, xml: undefined, report: undefined, problems: read.problems };
  }
  const { xml, ...report } = buildPrsXml(read.data, options);
  return { ok: true, xml, report, problems: read.problems };
}
