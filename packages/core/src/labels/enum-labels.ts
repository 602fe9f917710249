import type { EnumName } from '../generated/trial-types.js';
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
