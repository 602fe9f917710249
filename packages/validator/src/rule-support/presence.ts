import { decodePointer, encodePointer, getAtPointer, type Trial } from '@trialyaml/core';
import type { RuleReport } from '../engine/rule.js';
import { fieldName } from './registry-words.js';

/**
 * True when a required answer is missing: the key is absent, or the text is empty or only blanks. A key
 * written without a value (YAML null) is not missing here: the schema already reports "has no value" there.
 */
export function isMissing(value: unknown): boolean {
  return value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** True for text with at least one non-blank character. */
export function hasText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * Where to report a missing value at `pointer`: the value itself when it is there (blank text), else the
 * deepest part of its path that exists, with its key underlined. When not even the module exists, `fallback`
 * (usually the field that makes the value required) if that exists, else the root of the file (which the engine
 * shows where the module would go). An absent value is named in `missing`, for editors to add.
 */
export function missingAt(
  trial: Trial,
  pointer: string,
  fallback?: string,
): Pick<RuleReport, 'pointer' | 'target' | 'missing'> {
  if (getAtPointer(trial, pointer) !== undefined) return { pointer };
  const missing = [pointer];
  const path = decodePointer(pointer);
  while (path.length > 1) {
    path.pop();
    const ancestor = encodePointer(path);
    if (getAtPointer(trial, ancestor) !== undefined) return { pointer: ancestor, target: 'key', missing };
  }
  if (fallback !== undefined && getAtPointer(trial, fallback) !== undefined)
    return { pointer: fallback, missing };
  return { pointer: '', missing };
}

/**
 * The finding for a required text (or enum) value, or undefined when it is given: "<path> is missing: <what
 * to write>." at the nearest existing place, or "<path> is blank: ..." at the blank value.
 */
export function requireValue(
  trial: Trial,
  pointer: string,
  advice: string,
  fallback?: string,
): RuleReport | undefined {
  const value = getAtPointer(trial, pointer);
  if (!isMissing(value)) return undefined;
  return {
    ...missingAt(trial, pointer, fallback),
    message: `${fieldName(pointer)} is ${value === undefined ? 'missing' : 'blank'}: ${advice}.`,
  };
}

/** "a", "a and b", "a, b and c" (or with "or"). */
export function wordList(words: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1] ?? ''}`;
}

/** True for a missing value and for text that is empty or only blanks (null included). */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * Where to report the fields an item (a list entry) lacks, in one finding: at the value when a single field is
 * there but blank, else at the item.
 */
export function missingFieldsAt(
  trial: Trial,
  item: string,
  missing: readonly string[],
): Pick<RuleReport, 'pointer' | 'target' | 'missing'> {
  const [only] = missing;
  if (missing.length === 1 && only !== undefined) return missingAt(trial, `${item}/${only}`);
  const absent = missing
    .map((field) => `${item}/${field}`)
    .filter((pointer) => getAtPointer(trial, pointer) === undefined);
  return absent.length ? { pointer: item, missing: absent } : { pointer: item };
}
