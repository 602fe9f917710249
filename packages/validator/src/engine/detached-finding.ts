import type { Finding } from '../findings.js';
import { ownCopy } from '../strings.js';

/**
 * Makes a finding hold its own strings, not the file's text: a run over thousands of files keeps every report
 * until it prints them, and each would otherwise keep its file (tens of kilobytes) in memory.
 */
export function detachFinding(finding: Finding): void {
  finding.message = ownCopy(finding.message);
  if (finding.pointer !== null) finding.pointer = ownCopy(finding.pointer);
  // Rare (fixable findings only): a deep copy is simplest.
  if (finding.fix) finding.fix = structuredClone(finding.fix);
  if (finding.suggestions) finding.suggestions = structuredClone(finding.suggestions);
  if (finding.missing) finding.missing = finding.missing.map(ownCopy);
}
