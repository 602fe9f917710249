import {
  decodePointer,
  encodePointer,
  getAtPointer,
  isPlainObject,
  schemaAtPath,
  type LoadedTrial,
  type SourceRange,
} from '@trialyaml/core';
import type { RuleReport } from './rule.js';

/**
 * Where a finding is shown: where the author would look. A report about something missing that the rule could
 * only pin to the file's root (its module is missing too) is shown on the top-level key where the module would
 * go: the first module after it in the registry's order that the file has, else the last one before it. Every
 * other report is shown at its pointer. Only the range moves: the finding's pointer stays what the rule said.
 */
export function findingRange(trial: LoadedTrial, report: RuleReport): SourceRange {
  const first = report.missing?.[0];
  if (report.pointer !== '' || first === undefined) return trial.rangeOf(report.pointer, report.target);
  const place = missingPlace(trial.data, first);
  return place ? trial.rangeOf(place, 'key') : trial.rangeOf(report.pointer, report.target);
}

/**
 * The key to show a missing value at: its deepest existing ancestor's key, or, when nothing of its path exists,
 * the neighbouring top-level key where its module would be written. Undefined when the file has no keys.
 */
export function missingPlace(data: unknown, missing: string): string | undefined {
  const path = decodePointer(missing);
  while (path.length > 1) {
    path.pop();
    const ancestor = encodePointer(path);
    if (getAtPointer(data, ancestor) !== undefined) return ancestor;
  }
  const module = path[0];
  if (!isPlainObject(data) || module === undefined) return undefined;
  const order = Object.keys(schemaAtPath([])?.properties ?? {});
  const keyRank = (key: string): number => {
    const index = order.indexOf(key);
    return index === -1 ? order.length : index;
  };
  const rank = keyRank(module);
  let after: { key: string; rank: number } | undefined;
  let before: { key: string; rank: number } | undefined;
  for (const key of Object.keys(data)) {
    const keyRankHere = keyRank(key);
    if (keyRankHere > rank && (!after || keyRankHere < after.rank)) after = { key, rank: keyRankHere };
    if (keyRankHere < rank && (!before || keyRankHere > before.rank)) before = { key, rank: keyRankHere };
  }
  const neighbour = after ?? before;
  return neighbour ? encodePointer([neighbour.key]) : undefined;
}
