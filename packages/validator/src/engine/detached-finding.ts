import type { LintFinding } from './lint-trial.js';

/**
 * A copy of `text` that does not refer to any other string. V8 makes a substring point into the string it was
 * cut from, and a concatenation point to its parts: a message naming a value read from a file (a site, a date)
 * would keep the whole text of the file alive for as long as the message is. Flattening a fresh concatenation
 * copies the characters.
 */
export function ownCopy(text: string): string {
  return (' ' + text).slice(1);
}

/**
 * Makes a finding hold its own strings, not the file's text: a run over thousands of files keeps every report
 * until it prints them, and each would otherwise keep its file (tens of kilobytes) in memory.
 */
export function detachFinding(finding: LintFinding): void {
  finding.message = ownCopy(finding.message);
  if (finding.pointer !== null) finding.pointer = ownCopy(finding.pointer);
  // Rare (fixable findings only): a deep copy is simplest.
  if (finding.fix) finding.fix = structuredClone(finding.fix);
  if (finding.suggestions) finding.suggestions = structuredClone(finding.suggestions);
}
