import { decodePointer, encodePointer, getAtPointer, type Trial } from '@trialyaml/core';
import type { RuleReport } from '../engine/rule.js';

/** True for a missing value and for text that is empty or only blanks. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * Where to report a missing value: the value itself when it is there but blank, else the deepest part of its
 * path that exists (the parent key is underlined). When only the file's root exists, `fallback` (usually the
 * field that makes the value required) is used if it exists.
 */
export function missingAt(
  trial: Trial,
  pointer: string,
  fallback?: string,
): Pick<RuleReport, 'pointer' | 'target'> {
  if (getAtPointer(trial, pointer) !== undefined) return { pointer };
  const path = decodePointer(pointer);
  while (path.length) {
    path.pop();
    const parent = encodePointer(path);
    if (path.length && getAtPointer(trial, parent) !== undefined) return { pointer: parent, target: 'key' };
  }
  if (fallback !== undefined && getAtPointer(trial, fallback) !== undefined) return { pointer: fallback };
  return { pointer: '' };
}

/** "a", "a and b", "a, b and c" (or with "or"). */
export function wordList(words: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1] ?? ''}`;
}

/**
 * Where to report the fields an item (a list entry) lacks, in one finding: at the value when a single field is
 * there but blank, else at the item.
 */
export function missingFieldsAt(
  trial: Trial,
  item: string,
  missing: readonly string[],
): Pick<RuleReport, 'pointer' | 'target'> {
  const [only] = missing;
  return missing.length === 1 && only !== undefined ? missingAt(trial, `${item}/${only}`) : { pointer: item };
}
