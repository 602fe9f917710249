import { resolveSchema, trialSchema, type SchemaNode, type Trial } from '@trialyaml/core';

/** A pointer step: "~" and "/" escaped as RFC 6901 says. */
function step(key: string | number): string {
  const text = String(key);
  return (
    '/' + (text.includes('~') || text.includes('/') ? text.replace(/~/g, '~0').replace(/\//g, '~1') : text)
  );
}

/** Visits every string value of a trial with its pointer and (resolved) schema. */
export function walkStrings(
  trial: Trial,
  visit: (pointer: string, value: string, schema: SchemaNode | undefined) => void,
): void {
  const walk = (value: unknown, pointer: string, schema: SchemaNode | undefined): void => {
    if (typeof value === 'string') visit(pointer, value, schema);
    else if (Array.isArray(value)) {
      const items = schema?.items ? resolveSchema(schema.items) : undefined;
      for (let index = 0; index < value.length; index++) walk(value[index], pointer + '/' + index, items);
    } else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        const childSchema = schema?.properties?.[key];
        walk(
          (value as Record<string, unknown>)[key],
          pointer + step(key),
          childSchema ? resolveSchema(childSchema) : undefined,
        );
      }
    }
  };
  walk(trial, '', resolveSchema(trialSchema));
}
