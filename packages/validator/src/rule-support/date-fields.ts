import { escapePointerToken, resolveSchema, trialSchema, type SchemaNode } from '@trialyaml/core';

/** The schema's pattern for a registry date that may be partial: yyyy, yyyy-MM or yyyy-MM-dd. */
export const PARTIAL_DATE_PATTERN = '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$';
/** The schema's pattern for a full registry date: yyyy-MM-dd. */
export const FULL_DATE_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';

/** A field of the trial schema that holds a date. */
export interface DateField {
  /** Keys from the root; `*` stands for any item of a list. */
  path: readonly string[];
  /** `partial`: yyyy, yyyy-MM or yyyy-MM-dd; `full`: yyyy-MM-dd only. */
  precision: 'partial' | 'full';
}

/** A date value as written in a trial, with its JSON pointer. */
export interface WrittenDate {
  pointer: string;
  value: string;
  field: DateField;
}

/** Deeper than any trial field; stops a walk that a recursive definition would never end. */
const MAX_DEPTH = 12;

function collect(node: SchemaNode, path: string[], into: DateField[]): void {
  if (path.length > MAX_DEPTH) return;
  if (node.type === 'string') {
    if (node.pattern === PARTIAL_DATE_PATTERN) into.push({ path, precision: 'partial' });
    else if (node.pattern === FULL_DATE_PATTERN) into.push({ path, precision: 'full' });
    return;
  }
  if (node.type === 'array') {
    if (node.items) collect(resolveSchema(node.items), [...path, '*'], into);
    return;
  }
  for (const [key, child] of Object.entries(node.properties ?? {}))
    collect(resolveSchema(child), [...path, key], into);
}

/**
 * Every date field of the trial schema (the study dates, the verification date, the registry's own dates), found
 * by the schema's date patterns so that a date field added to the schema is checked without a list to update.
 */
export const DATE_FIELDS: readonly DateField[] = (() => {
  const fields: DateField[] = [];
  collect(resolveSchema(trialSchema), [], fields);
  return fields;
})();

/** The text values written in the trial's date fields, in schema order. */
export function writtenDates(trial: unknown): WrittenDate[] {
  const found: WrittenDate[] = [];
  for (const field of DATE_FIELDS) visit(trial, field, 0, '', found);
  return found;
}

function visit(value: unknown, field: DateField, depth: number, pointer: string, found: WrittenDate[]): void {
  if (depth === field.path.length) {
    if (typeof value === 'string') found.push({ pointer, value, field });
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const key = field.path[depth] as string;
  if (key === '*') {
    if (!Array.isArray(value)) return;
    value.forEach((item: unknown, index) => visit(item, field, depth + 1, `${pointer}/${index}`, found));
    return;
  }
  if (Array.isArray(value)) return;
  const child = (value as Record<string, unknown>)[key];
  if (child !== undefined) visit(child, field, depth + 1, `${pointer}/${escapePointerToken(key)}`, found);
}
