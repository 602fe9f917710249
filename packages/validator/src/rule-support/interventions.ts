import { enumLabel, type Intervention } from '@trialyaml/core';

/**
 * How arms name an intervention in `interventionNames`: the type's display label and the name,
 * e.g. "Drug: Placebo" or "Dietary Supplement: Vitamin D".
 */
export function interventionReference(intervention: Intervention): string | undefined {
  if (!intervention.type || intervention.name === undefined) return undefined;
  return `${enumLabel('InterventionType', intervention.type) ?? intervention.type}: ${intervention.name}`;
}
