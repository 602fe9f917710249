import { isPlainObject } from '../object.js';
import { resolveSchema } from '../schema/schema-navigator.js';
import type { SchemaNode } from '../schema/schema-node.js';

/**
 * A trial value as the registry means it, so that only meaningful differences remain:
 * - values the registry assigns (`x-system` in the schema: first/last posted dates, `lastKnownStatus`, ...) are
 *   dropped: they are not the registrant's to change;
 * - text has `\n` line ends and no trailing white space (a `|` block scalar's final line break is formatting);
 * - empty text, empty lists, empty mappings and nulls are the same as no value, and are dropped.
 * Returns undefined for a value that is empty after that.
 */
export function normalizeValue(value: unknown, schema: SchemaNode | undefined): unknown {
  if (schema?.['x-system']) return undefined;
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') {
    const text = value.replace(/\r\n?/g, '\n').trimEnd();
    return text === '' ? undefined : text;
  }
  if (Array.isArray(value)) {
    const items = schema?.items ? resolveSchema(schema.items) : undefined;
    const kept = value.map((item) => normalizeValue(item, items)).filter((item) => item !== undefined);
    return kept.length ? kept : undefined;
  }
  if (isPlainObject(value)) {
    const kept: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      const childSchema = schema?.properties?.[key];
      const normalized = normalizeValue(child, childSchema ? resolveSchema(childSchema) : undefined);
      if (normalized !== undefined) kept[key] = normalized;
    }
    return Object.keys(kept).length ? kept : undefined;
  }
  return value;
}

/**
 * Whether two normalized scalars are the same value. A quoted number or boolean (`"40"`, `'true'`) is the same
 * as the plain one: quoting is formatting.
 */
export function sameScalar(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const plain = (value: unknown): boolean =>
    typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
  return plain(a) && plain(b) && String(a) === String(b);
}

/**
 * A stable text of a normalized value, to find equal values quickly: mapping keys sorted, and list items sorted
 * too, since the diff does not count reordering a list as a difference.
 */
export function canonicalText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalText).sort().join(',')}]`;
  if (isPlainObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalText(value[key])}`).join(',')}}`;
  }
  // Scalars by their text, so that a quoted number equals the number (as sameScalar says).
  return JSON.stringify(String(value));
}

/**
 * The leaves of a normalized value as `path=value` texts (list indices as `*`: order does not count), to
 * measure how alike two items are.
 */
export function leafTexts(value: unknown, prefix = '', out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) leafTexts(item, `${prefix}/*`, out);
  else if (isPlainObject(value))
    for (const [key, child] of Object.entries(value)) leafTexts(child, `${prefix}/${key}`, out);
  else out.push(`${prefix}=${String(value)}`);
  return out;
}
