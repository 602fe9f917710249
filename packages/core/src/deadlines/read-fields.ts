// Defensive reads of the few fields deadlines depend on: the data may be a draft, partial, or not a trial at all
// (the preview and the editor pass whatever the file holds), and nothing here may throw on it.

import { isPlainObject } from '../object.js';

/** The value at a path of keys, or undefined when any step is missing or not a mapping. */
export function fieldAt(data: unknown, ...path: string[]): unknown {
  let current = data;
  for (const key of path) {
    if (!isPlainObject(current) || !Object.hasOwn(current, key)) return undefined;
    current = current[key];
  }
  return current;
}

/** A non-empty trimmed string at the path, else undefined. */
export function textAt(data: unknown, ...path: string[]): string | undefined {
  const value = fieldAt(data, ...path);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A boolean at the path, else undefined. */
export function booleanAt(data: unknown, ...path: string[]): boolean | undefined {
  const value = fieldAt(data, ...path);
  return typeof value === 'boolean' ? value : undefined;
}

/** The strings of a list at the path (other items skipped); undefined when there is no list. */
export function stringsAt(data: unknown, ...path: string[]): string[] | undefined {
  const value = fieldAt(data, ...path);
  if (!Array.isArray(value)) return undefined;
  return value.filter((item): item is string => typeof item === 'string').map((item) => item.trim());
}

/** Whether the data is a mapping at all. */
export function isTrialData(data: unknown): boolean {
  return isPlainObject(data);
}

/** The registry's NCT number when the record has one: a record without it is a draft. */
export function nctIdOf(data: unknown): string | undefined {
  return textAt(data, 'identificationModule', 'nctId');
}

/**
 * The status the registrant last entered: `overallStatus`, or `lastKnownStatus` when the registry has set the
 * status to UNKNOWN (records not verified for two years).
 */
export function enteredStatus(data: unknown): string | undefined {
  const status = textAt(data, 'statusModule', 'overallStatus');
  if (status !== 'UNKNOWN') return status;
  const last = textAt(data, 'statusModule', 'lastKnownStatus');
  return last === 'UNKNOWN' ? undefined : last;
}
