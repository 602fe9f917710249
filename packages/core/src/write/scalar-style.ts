import type { SchemaNode } from '../schema/schema-node.js';

/** Markup (CommonMark) text longer than this is written as a literal block even when it is one line. */
const LONG_MARKUP = 80;

/** Whether a string value reads best as a literal block scalar (`|`). */
export function wantsBlockScalar(value: string, schema: SchemaNode | undefined): boolean {
  if (value.includes('\n')) return true;
  return schema?.['x-markup'] === true && value.length > LONG_MARKUP;
}
