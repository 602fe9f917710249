import {
  encodePointer,
  keyPath,
  resolveSchema,
  trialSchema,
  type SchemaNode,
  type Trial,
} from '@trialyaml/core';

/** A value the registry assigns (its schema says `"x-system": true`), found in a trial. */
export interface SystemField {
  pointer: string;
  /** `contactsLocationsModule.locations[0].geoPoint`, for messages. */
  path: string;
}

/**
 * The top-most values of a trial whose schema marks them as registry-assigned: a system field's own children
 * are not listed again. Values the schema does not know are left to the schema.
 */
export function systemFields(trial: Trial): SystemField[] {
  const found: SystemField[] = [];
  const step = (value: unknown, path: Array<string | number>, schema: SchemaNode | undefined): void => {
    if (value === undefined || !schema) return;
    if (schema['x-system'] && path.length) {
      const pointer = encodePointer(path);
      found.push({ pointer, path: keyPath(pointer) });
      return;
    }
    if (Array.isArray(value)) {
      const items = schema.items ? resolveSchema(schema.items) : undefined;
      value.forEach((item, index) => step(item, [...path, index], items));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const childSchema =
          schema.properties && Object.hasOwn(schema.properties, key) ? schema.properties[key] : undefined;
        step(child, [...path, key], childSchema ? resolveSchema(childSchema) : undefined);
      }
    }
  };
  step(trial, [], resolveSchema(trialSchema));
  return found;
}
