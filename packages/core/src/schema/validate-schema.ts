import { Ajv, type ValidateFunction } from 'ajv';
import { humanizeErrors, type KeyHomes } from './humanize-errors.js';
import type { SchemaFinding } from './schema-finding.js';
import type { SchemaNode } from './schema-node.js';
import { resolveSchema } from './schema-navigator.js';
import { SCHEMA_ANNOTATION_KEYWORDS, trialSchema } from './trial-schema.js';

let compiled: { validate: ValidateFunction; homes: KeyHomes } | undefined;

/** Every key the schema knows, with the pointers (by property path) of the objects that define it. */
function collectKeyHomes(): KeyHomes {
  const homes = new Map<string, string[]>();
  const visit = (node: SchemaNode, path: string, depth: number): void => {
    const resolved = resolveSchema(node);
    if (depth > 8) return;
    if (resolved.type === 'array' && resolved.items) return visit(resolved.items, path + '/0', depth + 1);
    for (const [key, child] of Object.entries(resolved.properties ?? {})) {
      const list = homes.get(key) ?? [];
      list.push(path);
      homes.set(key, list);
      visit(child, `${path}/${key}`, depth + 1);
    }
  };
  visit(trialSchema, '', 0);
  return homes;
}

function compile(): { validate: ValidateFunction; homes: KeyHomes } {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true });
    ajv.addVocabulary([...SCHEMA_ANNOTATION_KEYWORDS]);
    compiled = { validate: ajv.compile(trialSchema), homes: collectKeyHomes() };
  }
  return compiled;
}

/** Validates trial data against the format's JSON Schema (compiled once per process). */
export function validateTrialSchema(data: unknown): SchemaFinding[] {
  const { validate, homes } = compile();
  if (validate(data)) return [];
  return humanizeErrors(validate.errors ?? [], homes);
}
