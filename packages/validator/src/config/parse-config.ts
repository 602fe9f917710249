import type { ErrorObject } from 'ajv';
import { LineCounter, isMap, isNode, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { aliasProblem, decodePointer, nearest } from '@trialyaml/core';
import schemaJson from './config.schema.json' with { type: 'json' };
import { validate } from '../generated/validate-config.js';
import { ConfigError, type TrialyamlConfig } from './config.js';

/** Alias expansions allowed in a config (a resource-exhaustion guard; a config needs none). */
const MAX_CONFIG_ALIASES = 50;

/** The shape of `.trialyamlrc.yaml` (compiled at build time: scripts/prepare-generated.mjs). */
export const configSchema: object = schemaJson;

/** The node at a pointer (its key when `key` is set and the last step is a mapping key), or the deepest found. */
function nodeAt(document: Document, pointer: string, key = false): Node | undefined {
  let node: Node | null = document.contents;
  let found: Node | undefined = node ?? undefined;
  const segments = decodePointer(pointer);
  for (const [index, segment] of segments.entries()) {
    const last = index === segments.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === segment);
      if (!pair) break;
      if (isNode(pair.key)) found = pair.key;
      node = (pair.value as Node | null) ?? null;
      if (node && !(last && key)) found = node;
    } else if (isSeq(node)) {
      node = (node.items[Number(segment)] as Node | undefined) ?? null;
      if (!node) break;
      found = node;
    } else break;
  }
  return found;
}

function describe(error: ErrorObject, knownRules: readonly string[]): { pointer: string; message: string } {
  const where = error.instancePath || '(top level)';
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = (error.params as { additionalProperty: string }).additionalProperty;
      const inRules = /\/rules$/.test(error.instancePath);
      const pointer = `${error.instancePath}/${key}`;
      if (inRules) return { pointer, message: `unknown rule "${key}"` };
      const guess = nearest(key, ['extends', 'rules', 'overrides', 'files']);
      return { pointer, message: `unknown key "${key}"${guess ? `; did you mean "${guess}"?` : ''}` };
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: string[] }).allowedValues;
      return { pointer: error.instancePath, message: `${where} must be one of ${allowed.join(', ')}` };
    }
    default:
      return { pointer: error.instancePath, message: `${where} ${error.message ?? 'is not valid'}` };
  }
  void knownRules;
}

/**
 * Parses and validates a `.trialyamlrc.yaml`. Throws a ConfigError with the file, line and column of the
 * first problem (bad YAML, unknown key, unknown rule id with the nearest id suggested, bad severity).
 */
export function parseConfig(text: string, filePath: string, knownRules: readonly string[]): TrialyamlConfig {
  const lineCounter = new LineCounter();
  const document = parseDocument(text.replace(/^\uFEFF/, ''), {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
  });
  const fail = (offset: number, message: string): never => {
    const { line, col } = lineCounter.linePos(offset);
    throw new ConfigError(filePath, line, col, message);
  };
  const [syntax] = document.errors;
  if (syntax) fail(syntax.pos[0], `YAML syntax error: ${syntax.message.replace(/\s+at line[\s\S]*$/, '')}`);
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_CONFIG_ALIASES }) ?? {};
  } catch (error) {
    // Aliases are the one way well-formed YAML fails here: an undefined one, or too many (an alias bomb).
    const alias = aliasProblem(document, error, MAX_CONFIG_ALIASES);
    if (!alias) throw error;
    fail(alias.range[0], alias.message);
  }
  if (!validate(data)) {
    const [error] = validate.errors ?? [];
    if (error) {
      const { pointer, message } = describe(error, knownRules);
      fail(nodeAt(document, pointer, error.keyword === 'additionalProperties')?.range?.[0] ?? 0, message);
    }
  }
  const config = data as TrialyamlConfig;
  const ruleMaps: Array<[string, Record<string, string> | undefined]> = [
    ['/rules', config.rules],
    ...(config.overrides ?? []).map((override, index): [string, Record<string, string>] => [
      `/overrides/${index}/rules`,
      override.rules,
    ]),
  ];
  for (const [pointer, rules] of ruleMaps) {
    for (const id of Object.keys(rules ?? {})) {
      if (knownRules.includes(id) || id === 'schema') continue;
      const guess = nearest(id, knownRules);
      const node = nodeAt(document, `${pointer}/${id}`, true);
      const keyOffset = node?.range?.[0] ?? 0;
      fail(
        keyOffset,
        `unknown rule "${id}"${guess ? `; did you mean "${guess}"?` : ''} (see "trialyaml rules")`,
      );
    }
  }
  return config;
}
