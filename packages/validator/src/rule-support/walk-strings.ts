import { encodePointer, resolveSchema, trialSchema, type SchemaNode, type Trial } from '@trialyaml/core';

/** Visits every string value of a trial with its pointer and (resolved) schema. */
export function walkStrings(
  trial: Trial,
  visit: (pointer: string, value: string, schema: SchemaNode | undefined) => void,
): void {
  const step = (value: unknown, path: Array<string | number>, schema: SchemaNode | undefined): void => {
    if (typeof value === 'string') visit(encodePointer(path), value, schema);
    else if (Array.isArray(value))
      value.forEach((item, index) =>
        step(item, [...path, index], schema?.items ? resolveSchema(schema.items) : undefined),
      );
    else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const childSchema = schema?.properties?.[key];
        step(child, [...path, key], childSchema ? resolveSchema(childSchema) : undefined);
      }
    }
  };
  step(trial, [], resolveSchema(trialSchema));
}
