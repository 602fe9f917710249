import schemaJson from '../generated/trial.schema.json' with { type: 'json' };
import type { SchemaNode } from './schema-node.js';

/** The trial format's JSON Schema (draft-07), as shipped in `schemas/trial.schema.json`. */
export const trialSchema = schemaJson as unknown as SchemaNode & { definitions: Record<string, SchemaNode> };

/** The schema's `$id`, which carries the format version. */
export const TRIAL_SCHEMA_ID: string = trialSchema.$id ?? '';

/** Keywords beyond draft-07 that the schema carries for editors and for TrialYAML itself. */
export const SCHEMA_ANNOTATION_KEYWORDS = [
  'markdownDescription',
  'enumDescriptions',
  'markdownEnumDescriptions',
  'defaultSnippets',
  'doNotSuggest',
  'x-markup',
  'x-system',
  'x-enumLabels',
  'x-formLabel',
  'x-registry',
  'x-version',
] as const;
