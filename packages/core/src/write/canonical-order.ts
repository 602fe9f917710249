import type { SchemaNode } from '../schema/schema-node.js';
import { resolveSchema } from '../schema/schema-navigator.js';
import { trialSchema } from '../schema/trial-schema.js';

/** Sort rank of a key: its position in the schema, unknown keys after all known ones. */
export function keyRank(schema: SchemaNode | undefined, key: string): number {
  const keys = schema?.properties ? Object.keys(schema.properties) : [];
  const index = keys.indexOf(key);
  return index === -1 ? keys.length : index;
}

/** The schema of a child value, following `$ref`s; undefined outside the schema. */
export function childSchema(schema: SchemaNode | undefined, key: string | number): SchemaNode | undefined {
  if (!schema) return undefined;
  if (schema.type === 'array') return schema.items ? resolveSchema(schema.items) : undefined;
  // Own properties only: a key such as "__proto__" in the data must not find Object.prototype.
  const child =
    schema.properties && Object.hasOwn(schema.properties, String(key))
      ? schema.properties[String(key)]
      : undefined;
  return child ? resolveSchema(child) : undefined;
}

/**
 * A copy of the data with every mapping's keys in the registry's module and field order (the schema's order);
 * keys the schema does not know keep their relative order after the known ones. Array order is never changed.
 */
export function orderLikeSchema<T>(data: T, schema: SchemaNode | undefined = resolveSchema(trialSchema)): T {
  if (Array.isArray(data))
    return (data as unknown[]).map((item, index) => orderLikeSchema(item, childSchema(schema, index))) as T;
  if (data === null || typeof data !== 'object') return data;
  const entries = Object.entries(data as Record<string, unknown>);
  const sorted = entries
    .map((entry, index) => ({ entry, index, rank: keyRank(schema, entry[0]) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index);
  const out: Record<string, unknown> = {};
  for (const { entry } of sorted) {
    // Defined, not assigned: `out["__proto__"] = value` would set the copy's prototype and drop the key.
    Object.defineProperty(out, entry[0], {
      value: orderLikeSchema(entry[1], childSchema(schema, entry[0])),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out as T;
}
