import { decodePointer, type PathSegment, type TrialChange } from '@trialyaml/core';

/** One change of `trialyaml diff --format json`: the contract other tools read. */
export interface DiffReportEntry {
  pointer: string;
  change: TrialChange['change'];
  before: unknown;
  after: unknown;
  label: string;
  section: string;
}

/** What the trial file was compared with, for headings: `the registry's record NCT01234567`, `HEAD~1`. */
export interface ComparedVersions {
  /** The trial file as shown (relative path). */
  file: string;
  /** The other version in a phrase: `the registry's posted record NCT01234567 (last update posted 2024-05-01)`. */
  other: string;
  /** Short names of the two sides for value lines: `posted` / `file`, `HEAD~1` / `file`. */
  beforeName: string;
  afterName: string;
}

/** The JSON contract's entries: the change without what only people read. */
export function reportEntries(changes: readonly TrialChange[]): DiffReportEntry[] {
  return changes.map(({ pointer, change, before, after, label, section }) => ({
    pointer,
    change,
    before,
    after,
    label,
    section,
  }));
}

/** The changes grouped by form section, in the order given (the registry's forms). */
export function bySection(changes: readonly TrialChange[]): Array<[string, TrialChange[]]> {
  const groups = new Map<string, TrialChange[]>();
  for (const change of changes) {
    const group = groups.get(change.section);
    if (group) group.push(change);
    else groups.set(change.section, [change]);
  }
  return [...groups];
}

/** The path of a change's value (decoded pointer; list indices as numbers, for labels). */
export function pathOf(change: TrialChange): PathSegment[] {
  return decodePointer(change.pointer).map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

export function countWords(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
