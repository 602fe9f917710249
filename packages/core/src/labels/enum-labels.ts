import type { EnumName } from '../generated/trial-types.js';
import type { PathSegment } from '../pointer.js';
import { resolveSchema, schemaAtPath, schemaAtPointer } from '../schema/schema-navigator.js';
import { trialSchema } from '../schema/trial-schema.js';

/** The registry's display label for an enum code (`DIETARY_SUPPLEMENT` → `Dietary Supplement`). */
export function enumLabel(definition: EnumName, code: string): string | undefined {
  const node = trialSchema.definitions[definition];
  const index = node?.enum?.indexOf(code) ?? -1;
  return index === -1 ? undefined : node?.['x-enumLabels']?.[index];
}

/** The codes of an enum definition, in the registry's order. */
export function enumValues(definition: EnumName): readonly string[] {
  return trialSchema.definitions[definition]?.enum ?? [];
}

/**
 * The registry's display label for a value of the enum field at a JSON pointer (or path), such as
 * `Enrolling by invitation` for `ENROLLING_BY_INVITATION` at `/statusModule/overallStatus`; a list of enum values
 * (`/designModule/phases`) labels its items. Undefined when the field is not an enum or the code is not one of it.
 */
export function valueLabelAt(at: string | readonly PathSegment[], code: string): string | undefined {
  let node = typeof at === 'string' ? schemaAtPointer(at) : schemaAtPath(at);
  if (node?.type === 'array' && node.items) node = resolveSchema(node.items);
  const index = node?.enum?.indexOf(code) ?? -1;
  return index === -1 ? undefined : node?.['x-enumLabels']?.[index];
}
