import type { ErrorObject } from 'ajv';
import { fieldLabel } from '../labels/field-labels.js';
import { nearest } from '../text/nearest.js';
import { joinPointer, keyPath } from '../pointer.js';
import type { SchemaFinding } from './schema-finding.js';
import type { SchemaNode } from './schema-node.js';

/** Where else a key is defined (key → JSON-pointer-like paths of its parents), to say "this belongs in X". */
export type KeyHomes = ReadonlyMap<string, readonly string[]>;

const PATTERN_HINTS: Array<[RegExp, string]> = [
  [/^\^NCT/, 'an NCT number: "NCT" followed by 8 digits, e.g. NCT01234567'],
  [/^\^\\d\{4\}-\(0\[1-9\]\|1\[0-2\]\)-/, 'a full date written yyyy-MM-dd, e.g. 2024-03-15'],
  [/^\^\\d\{4\}\(/, 'a date written yyyy-MM-dd, yyyy-MM or yyyy, e.g. 2024-03-15 or 2024-03'],
  [/^\^\\d\+ \(Year/, 'a number and a unit, e.g. "18 Years" or "6 Months" (leave the key out for no limit)'],
];

const MAX_LISTED = 14;

/** Up to this many allowed values are listed with their registry labels; longer lists give the codes only. */
const MAX_LABELLED = 8;

/** Top-level keys of a registry API study record, which is not itself a trial file. */
const REGISTRY_RECORD_KEYS = new Set([
  'protocolSection',
  'resultsSection',
  'derivedSection',
  'documentSection',
  'annotationSection',
  'hasResults',
]);

/**
 * A field as messages name it: the registry's form label, then its YAML path
 * (`Brief Title (identificationModule.briefTitle)`); the path alone where the forms have no label (a key the
 * schema does not know), "The file" for the top level (it starts the message).
 */
function fieldName(pointer: string): string {
  const path = keyPath(pointer);
  if (path === '') return 'The file';
  const label = fieldLabel(pointer);
  return label ? `${label} (${path})` : path;
}

/** An enum code as the registry shows it, with the code the file holds: `Recruiting (RECRUITING)`. */
function valueName(code: string, schema: SchemaNode): string {
  const label = schema['x-enumLabels']?.[schema.enum?.indexOf(code) ?? -1];
  return label && label !== code ? `${label} (${code})` : code;
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string')
    return `the text ${JSON.stringify(value.length > 60 ? value.slice(0, 57) + '...' : value)}`;
  if (typeof value === 'boolean') return `the boolean ${String(value)}`;
  if (typeof value === 'number') return `the number ${String(value)}`;
  return `a ${typeof value} value`;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of keys',
};

function enumSuggestion(value: unknown, schema: SchemaNode): string | undefined {
  const codes = schema.enum ?? [];
  if (typeof value !== 'string') return undefined;
  const normalized = value
    .trim()
    .toUpperCase()
    .replace(/[\s\-/]+/g, '_');
  const exact = codes.find((code) => code === normalized);
  if (exact) return exact;
  const labels = schema['x-enumLabels'] ?? [];
  const byLabel = labels.findIndex((label) => label.toLowerCase() === value.trim().toLowerCase());
  if (byLabel !== -1) return codes[byLabel];
  return nearest(value, codes);
}

/** The value is the code written differently (case, spaces) or the code's display label: no guess involved. */
function isSameValue(value: unknown, code: string, schema: SchemaNode): boolean {
  if (typeof value !== 'string') return false;
  const trimmed = value.trim();
  if (trimmed.toUpperCase().replace(/[\s\-/]+/g, '_') === code) return true;
  const index = schema.enum?.indexOf(code) ?? -1;
  return schema['x-enumLabels']?.[index]?.toLowerCase() === trimmed.toLowerCase();
}

function listOf(values: readonly string[]): string {
  return values.length <= MAX_LISTED ? values.join(', ') : `${values.slice(0, MAX_LISTED).join(', ')}, ...`;
}

/** Turns one ajv error into a finding, or undefined when a more specific error says it better. */
function humanize(error: ErrorObject, homes: KeyHomes): SchemaFinding {
  const pointer = error.instancePath;
  const name = fieldName(pointer);
  const schema = (error.parentSchema ?? {}) as SchemaNode;
  const base = { ruleId: 'schema' as const, severity: 'error' as const, keyword: error.keyword };
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const known = Object.keys(schema.properties ?? {});
      const where = pointer === '' ? 'at the top level' : `in ${name}`;
      const suggestion = nearest(key, known);
      const elsewhere = homes.get(key)?.filter((home) => home !== pointer);
      let message = `Unknown key "${key}" ${where}.`;
      if (pointer === '' && REGISTRY_RECORD_KEYS.has(key)) {
        message +=
          ' This looks like a whole registry record (API JSON); a trial file holds only its protocolSection modules. Convert it with "trialyaml import".';
      } else if (suggestion) message += ` Did you mean "${suggestion}"?`;
      else if (elsewhere?.length)
        // A home inside a list is any item of it: `locations[]`, not the first item (`/0` in a home's pointer).
        message += ` "${key}" belongs in ${elsewhere.map((home) => fieldName(home).replaceAll('[0]', '[]')).join(' or ')}.`;
      else if (known.length) message += ` Allowed keys: ${listOf(known)}.`;
      return {
        ...base,
        message,
        pointer: joinPointer(pointer, key),
        target: 'key',
        ...(suggestion ? { suggestion: { kind: 'rename-key' as const, key: suggestion } } : {}),
      };
    }
    case 'enum': {
      const codes = schema.enum ?? [];
      const suggestion = enumSuggestion(error.data, schema);
      const safe = suggestion !== undefined && isSameValue(error.data, suggestion, schema);
      let message = `${name}: ${describeValue(error.data)} is not an allowed value.`;
      if (suggestion) message += ` Did you mean ${valueName(suggestion, schema)}?`;
      message += ` Allowed: ${codes.length <= MAX_LABELLED ? codes.map((code) => valueName(code, schema)).join(', ') : listOf(codes)}.`;
      return {
        ...base,
        message,
        pointer,
        target: 'value',
        ...(suggestion
          ? { suggestion: { kind: 'replace-value' as const, value: suggestion }, suggestionIsSafe: safe }
          : {}),
      };
    }
    case 'type': {
      const expected = String((error.params as { type: string }).type)
        .split(',')
        .map((type) => TYPE_WORDS[type] ?? type)
        .join(' or ');
      let message = `${name} must be ${expected}, but it is ${describeValue(error.data)}.`;
      if (error.data === null) message = `${name} has no value: fill it in or remove the key.`;
      else if (
        schema.type === 'string' &&
        (typeof error.data === 'number' || typeof error.data === 'boolean')
      ) {
        message +=
          ' YAML read the unquoted value as a number or boolean; put it in quotes to keep it as text.';
      } else if (schema.type === 'array' && typeof error.data !== 'object') {
        message += ` Write it as a list: put "- " before each entry on its own line.`;
      }
      return { ...base, message, pointer, target: 'value' };
    }
    case 'pattern': {
      const pattern = String((error.params as { pattern: string }).pattern);
      const hint = PATTERN_HINTS.find(([test]) => test.test(pattern))?.[1] ?? `text matching ${pattern}`;
      return {
        ...base,
        message: `${name} must be ${hint}; it is ${describeValue(error.data)}.`,
        pointer,
        target: 'value',
      };
    }
    case 'maxLength': {
      const limit = Number((error.params as { limit: number }).limit);
      const length = typeof error.data === 'string' ? [...error.data].length : 0;
      return {
        ...base,
        message: `${name} is ${length} characters long, longer than the ${limit} the registry allows: shorten it by ${length - limit}.`,
        pointer,
        target: 'value',
      };
    }
    case 'required': {
      const missing = String((error.params as { missingProperty: string }).missingProperty);
      const child = fieldLabel(joinPointer(pointer, missing));
      return {
        ...base,
        message: `${name} is missing ${child ? `${child} (${missing})` : `"${missing}"`}.`,
        pointer,
        target: 'key',
      };
    }
    case 'anyOf':
    case 'oneOf':
      return {
        ...base,
        message: `${name} does not match any of the allowed shapes.`,
        pointer,
        target: 'value',
      };
    default:
      return { ...base, message: `${name} ${error.message ?? 'is not valid'}.`, pointer, target: 'value' };
  }
}

/**
 * Converts ajv's errors into findings: one per problem, at the most specific place. For `oneOf`/`anyOf` only
 * the errors of the branch that got furthest are kept (the cause, not the summary).
 */
export function humanizeErrors(errors: readonly ErrorObject[], homes: KeyHomes): SchemaFinding[] {
  const winners = winningBranches(errors);
  const kept = errors.filter((error) => {
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf') {
      // The summary goes when a branch says what is wrong inside it.
      return !winners.has(`${error.schemaPath}`);
    }
    const branch = innermostBranch(error.schemaPath);
    return !branch || winners.get(branch.combinator) === branch.prefix;
  });
  const findings: SchemaFinding[] = [];
  const seen = new Set<string>();
  for (const error of kept) {
    const finding = humanize(error, homes);
    const id = `${finding.pointer}\0${finding.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    findings.push(finding);
  }
  return findings;
}

function innermostBranch(schemaPath: string): { combinator: string; prefix: string } | undefined {
  const match = /^(.*\/(?:anyOf|oneOf))\/(\d+)\//.exec(schemaPath);
  return match
    ? { combinator: match[1] as string, prefix: `${match[1] as string}/${match[2] as string}/` }
    : undefined;
}

/** For each oneOf/anyOf that failed, the branch whose errors sit deepest in the data: it matched the most. */
function winningBranches(errors: readonly ErrorObject[]): Map<string, string> {
  const best = new Map<string, { prefix: string; depth: number; count: number }>();
  const stats = new Map<string, { combinator: string; depth: number; count: number }>();
  for (const error of errors) {
    const branch = innermostBranch(error.schemaPath);
    if (!branch) continue;
    const depth = error.instancePath.split('/').length;
    const entry = stats.get(branch.prefix) ?? { combinator: branch.combinator, depth: 0, count: 0 };
    entry.depth = Math.max(entry.depth, depth);
    entry.count++;
    stats.set(branch.prefix, entry);
  }
  for (const [prefix, entry] of stats) {
    const current = best.get(entry.combinator);
    if (
      !current ||
      entry.depth > current.depth ||
      (entry.depth === current.depth && entry.count < current.count)
    ) {
      best.set(entry.combinator, { prefix, depth: entry.depth, count: entry.count });
    }
  }
  return new Map([...best].map(([combinator, { prefix }]) => [combinator, prefix]));
}
