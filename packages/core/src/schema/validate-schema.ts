import { validate } from '../generated/validate-trial.js';
import { humanizeErrors, type KeyHomes } from './humanize-errors.js';
import type { SchemaFinding } from './schema-finding.js';
import type { SchemaNode } from './schema-node.js';
import { resolveSchema } from './schema-navigator.js';
import { trialSchema } from './trial-schema.js';

let keyHomes: KeyHomes | undefined;

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

/** Validates trial data against the format's JSON Schema (compiled at build time). */
export function validateTrialSchema(data: unknown): SchemaFinding[] {
  if (validate(data)) return [];
  keyHomes ??= collectKeyHomes();
  return humanizeErrors(validate.errors ?? [], keyHomes);
}
