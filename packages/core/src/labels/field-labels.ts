import { decodePointer, type PathSegment } from '../pointer.js';
import { resolveSchema } from '../schema/schema-navigator.js';
import type { SchemaNode } from '../schema/schema-node.js';
import { trialSchema } from '../schema/trial-schema.js';

/** A section of the registry's entry forms: one module of a trial, under the registry's name for it. */
export interface FormSection {
  /** The module's key in a trial file (`statusModule`). */
  module: string;
  /** The section's name in the registry's forms (`Study Status`). */
  label: string;
}

/** The registry's form sections, in the registry's order (the order of the modules in a record). */
export const FORM_SECTIONS: readonly FormSection[] = Object.entries(trialSchema.properties ?? {}).map(
  ([module, node]) => ({ module, label: node['x-formLabel'] ?? module }),
);

/**
 * The label of the field at a JSON pointer (or path) in the registry's entry forms: `Brief Summary` for
 * `/descriptionModule/briefSummary`, `Primary Completion Date` for `/statusModule/primaryCompletionDateStruct/date`,
 * `Primary Outcome Measure Time Frame` for `/outcomesModule/primaryOutcomes/0/timeFrame`. A list item is labelled
 * as its list. Undefined for the root and for a path that leaves the schema (an unknown key).
 */
export function fieldLabel(at: string | readonly PathSegment[]): string | undefined {
  const path = typeof at === 'string' ? decodePointer(at) : at;
  let node: SchemaNode = resolveSchema(trialSchema);
  let label: string | undefined;
  for (const segment of path) {
    if (node.type === 'array') {
      if (!node.items) return undefined;
      node = resolveSchema(node.items);
      continue;
    }
    // Own properties only: a key such as "__proto__" in a file must not find Object.prototype.
    const child =
      node.properties && Object.hasOwn(node.properties, String(segment))
        ? node.properties[String(segment)]
        : undefined;
    if (!child) return undefined;
    node = resolveSchema(child);
    label = ownLabel(node, label);
  }
  return label;
}

/** The form section that holds the field at a pointer (or path), or undefined outside the modules. */
export function formSection(at: string | readonly PathSegment[]): FormSection | undefined {
  const path = typeof at === 'string' ? decodePointer(at) : at;
  const module = path[0];
  return module === undefined ? undefined : FORM_SECTIONS.find((section) => section.module === module);
}

function ownLabel(node: SchemaNode, parentLabel: string | undefined): string | undefined {
  const label = node['x-formLabel'];
  if (label === undefined) return node.title;
  return label.includes('{parent}') ? label.replace('{parent}', parentLabel ?? '').trim() : label;
}
