// What "Add <field>" inserts: the missing keys, at their canonical place (the schema's order) in the mapping that
// exists, in block style and at its indentation, as a snippet (tab stops, codes as choices) and as plain text.
import {
  decodePointer,
  encodePointer,
  fieldLabel,
  getAtPointer,
  nodeAtPointer,
  schemaAtPath,
  type LoadedTrial,
  type SchemaNode,
} from '@trialyaml/core';
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { yamlScalar } from './schema-docs.js';

/** A replacement of `[offset, endOffset)` of the trial's text (no BOM), as a snippet and as plain text. */
export interface MissingInsertion {
  offset: number;
  endOffset: number;
  /** VS Code / LSP snippet syntax: `${n:TBD}` placeholders, `${n|A,B|}` choices. */
  snippet: string;
  /** The same with every placeholder and choice written as `TBD`, which the linter points at. */
  text: string;
}

/** What only the author can write; the linter (no-placeholder-text, the schema) points at it. */
const PLACEHOLDER = 'TBD';

/**
 * The fields a new entry of a list gets: those the registry requires of every entry (the `*-required` rules), so
 * that adding a list does not raise the next "has no ..." finding. Lists not named here are not added.
 */
const NEW_ENTRY_FIELDS: Readonly<Record<string, readonly string[]>> = {
  armGroups: ['label', 'type', 'description'],
  interventions: ['type', 'name', 'description'],
  primaryOutcomes: ['measure', 'timeFrame'],
  secondaryOutcomes: ['measure', 'timeFrame'],
  otherOutcomes: ['measure', 'timeFrame'],
  centralContacts: ['name', 'phone', 'email'],
  contacts: ['name', 'phone', 'email'],
  overallOfficials: ['name', 'affiliation', 'role'],
  locations: ['facility', 'city', 'country'],
  references: ['type', 'citation'],
  seeAlsoLinks: ['label', 'url'],
};

/** The fields a new mapping gets, for mappings a rule asks for as a whole. */
const NEW_MAPPING_FIELDS: Readonly<Record<string, readonly string[]>> = {
  enrollmentInfo: ['count', 'type'],
  startDateStruct: ['date', 'type'],
  primaryCompletionDateStruct: ['date', 'type'],
  completionDateStruct: ['date', 'type'],
  responsibleParty: ['type'],
  leadSponsor: ['name'],
  orgStudyIdInfo: ['id'],
  bioSpec: ['retention'],
  designInfo: ['allocation', 'interventionModel', 'primaryPurpose', 'maskingInfo'],
  maskingInfo: ['masking'],
};

/** Codes a new record most often starts with, offered first (the snippet's default); the others follow. */
const DRAFT_DEFAULTS: ReadonlySet<string> = new Set(['NOT_YET_RECRUITING', 'ESTIMATED', 'ALL']);

function draftFirst(codes: readonly string[]): string[] {
  return [
    ...codes.filter((code) => DRAFT_DEFAULTS.has(code)),
    ...codes.filter((code) => !DRAFT_DEFAULTS.has(code)),
  ];
}

/** Builds snippet and plain text side by side. */
class Fragment {
  snippet = '';
  text = '';

  /** Fragments of one insertion share their tab stop numbers (`stops`), so that no two stops mirror each other. */
  constructor(
    readonly lineEnding: string,
    private readonly stops: { next: number } = { next: 1 },
  ) {}

  /** Literal text (escaped in the snippet). */
  literal(text: string): this {
    this.snippet += escapeSnippet(text);
    this.text += text;
    return this;
  }

  placeholder(value: string = PLACEHOLDER): this {
    this.snippet += `\${${this.stops.next++}:${escapeSnippet(value)}}`;
    this.text += value;
    return this;
  }

  choice(values: readonly string[]): this {
    this.snippet += `\${${this.stops.next++}|${values.map(escapeChoice).join(',')}|}`;
    this.text += PLACEHOLDER;
    return this;
  }

  newline(): this {
    return this.literal(this.lineEnding);
  }
}

function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

function escapeChoice(text: string): string {
  return text.replace(/[$}\\,|]/g, '\\$&');
}

/** A value to write for a new key: a leaf (written from its schema) or new keys below it. */
type Tree = Map<string, Tree | Leaf>;
type Leaf = (fragment: Fragment, indent: number) => boolean;

/** Writes the value of `key` (after `key:`) for a node of the schema. False when it cannot be written. */
function writeValue(
  fragment: Fragment,
  key: string,
  schema: SchemaNode | undefined,
  indent: number,
): boolean {
  if (!schema) return false;
  if (key === 'eligibilityCriteria') {
    const pad = ' '.repeat(indent + 2);
    fragment.literal(' |').newline();
    fragment.literal(`${pad}Inclusion Criteria:`).newline().newline();
    fragment.literal(`${pad}* `).placeholder().newline().newline();
    fragment.literal(`${pad}Exclusion Criteria:`).newline().newline();
    fragment.literal(`${pad}* `).placeholder();
    return true;
  }
  if (schema.enum) {
    fragment.literal(' ').choice(draftFirst(schema.enum));
    return true;
  }
  switch (schema.type) {
    case 'boolean':
      fragment.literal(' ').choice(['false', 'true']);
      return true;
    case 'string':
    case 'integer':
    case 'number':
      fragment.literal(' ').placeholder();
      return true;
    case 'array': {
      const items = schemaAtPath([0], schema);
      if (!items) return false;
      const pad = ' '.repeat(indent + 2);
      if (items.type !== 'object') {
        fragment.newline().literal(`${pad}-`);
        return writeValue(fragment, '', items, indent + 2);
      }
      const fields = NEW_ENTRY_FIELDS[key];
      if (!fields) return false;
      fragment.newline().literal(`${pad}- `);
      return writeFields(fragment, items, fields, indent + 4, true);
    }
    case 'object': {
      const fields = NEW_MAPPING_FIELDS[key];
      if (!fields) return false;
      fragment.newline();
      return writeFields(fragment, schema, fields, indent + 2, false);
    }
    default:
      return false;
  }
}

/** Writes `field: value` lines of a new mapping at `indent`; the first line's indent is written already when `inline`. */
function writeFields(
  fragment: Fragment,
  schema: SchemaNode,
  fields: readonly string[],
  indent: number,
  inline: boolean,
): boolean {
  let first = true;
  for (const field of fields) {
    if (!first) fragment.newline();
    if (!first || !inline) fragment.literal(' '.repeat(indent));
    fragment.literal(`${field}:`);
    if (!writeValue(fragment, field, schemaAtPath([field], schema), indent)) return false;
    first = false;
  }
  return true;
}

/** Writes the keys of a tree as block lines at `indent` (the first line's indent included), in schema order. */
function writeTree(fragment: Fragment, tree: Tree, schema: SchemaNode | undefined, indent: number): boolean {
  let first = true;
  for (const key of schemaOrder([...tree.keys()], schema)) {
    const value = tree.get(key);
    if (!value) continue;
    if (!first) fragment.newline();
    first = false;
    fragment.literal(`${' '.repeat(indent)}${yamlScalar(key)}:`);
    const child = schemaAtPath([key], schema);
    if (typeof value === 'function') {
      if (!value(fragment, indent)) return false;
      continue;
    }
    fragment.newline();
    if (!writeTree(fragment, value, child, indent + 2)) return false;
  }
  return true;
}

function schemaOrder(keys: readonly string[], schema: SchemaNode | undefined): string[] {
  const order = Object.keys(schema?.properties ?? {});
  const rank = (key: string): number => {
    const index = order.indexOf(key);
    return index === -1 ? order.length : index;
  };
  return [...keys].sort((a, b) => rank(a) - rank(b));
}

/** The deepest existing ancestor of a pointer (the root at least), and the path below it. */
function existingAncestor(data: unknown, pointer: string): { ancestor: string; rest: string[] } {
  const path = decodePointer(pointer);
  const rest: string[] = [];
  while (path.length) {
    const ancestor = encodePointer(path);
    if (getAtPointer(data, ancestor) !== undefined) return { ancestor, rest };
    rest.unshift(path.pop() as string);
  }
  return { ancestor: '', rest };
}

/**
 * The insertion that adds the values at `missing` (pointers of absent keys), with `leaves` writing some of them
 * in their own way. Only the pointers under the first one's deepest existing mapping are added. Undefined when
 * that mapping is not a block mapping of the file (a flow `{}`, an empty value) or a value cannot be written.
 */
export function missingInsertion(
  trial: LoadedTrial,
  missing: readonly string[],
  leaves: ReadonlyMap<string, Leaf> = new Map(),
): MissingInsertion | undefined {
  const first = missing[0];
  const document = trial.document;
  if (first === undefined || !document) return undefined;
  const { ancestor } = existingAncestor(trial.data, first);
  const tree: Tree = new Map();
  for (const pointer of missing) {
    const found = existingAncestor(trial.data, pointer);
    if (found.ancestor !== ancestor || !found.rest.length) continue;
    let node = tree;
    found.rest.forEach((segment, index) => {
      if (index === found.rest.length - 1) {
        node.set(
          segment,
          leaves.get(pointer) ??
            ((fragment, indent) =>
              writeValue(fragment, segment, schemaAtPath(decodePointer(pointer)), indent)),
        );
        return;
      }
      const next = node.get(segment);
      if (next instanceof Map) node = next;
      else {
        const child: Tree = new Map();
        node.set(segment, child);
        node = child;
      }
    });
  }
  if (!tree.size) return undefined;
  const location = nodeAtPointer(document, ancestor);
  const map = location.node;
  if (!location.exact || !isMap(map) || map.flow || !map.range) return undefined;
  return insertIntoMap(trial, map, tree, schemaAtPath(decodePointer(ancestor)));
}

/** The insertion of new keys into a block mapping, each at its canonical place. */
function insertIntoMap(
  trial: LoadedTrial,
  map: YAMLMap,
  tree: Tree,
  schema: SchemaNode | undefined,
): MissingInsertion | undefined {
  const { text, lineEnding } = trial;
  const pairs = map.items.filter(
    (pair): pair is Pair<Node, Node | null> => isScalar(pair.key) && pair.key.range !== undefined,
  );
  const firstPair = pairs[0];
  if (!firstPair) return undefined;
  const firstKeyOffset = (firstPair.key.range as [number, number, number])[0];
  const keyColumn = firstKeyOffset - (text.lastIndexOf('\n', firstKeyOffset - 1) + 1);
  const order = Object.keys(schema?.properties ?? {});
  const rank = (key: string): number => {
    const index = order.indexOf(key);
    return index === -1 ? order.length : index;
  };

  // Each new key goes after the existing key that comes last before it in the schema's order, else before all.
  const places = new Map<number, Tree>();
  for (const key of tree.keys()) {
    let after: Pair<Node, Node | null> | undefined;
    for (const pair of pairs) {
      const pairRank = rank(String((pair.key as { value: unknown }).value));
      if (
        pairRank < rank(key) &&
        (!after || pairRank >= rank(String((after.key as { value: unknown }).value)))
      )
        after = pair;
    }
    const offset = after ? lineStartAfter(text, blockEnd(after)) : -1;
    const value = tree.get(key);
    if (value === undefined) continue;
    const group: Tree = places.get(offset) ?? new Map<string, Tree | Leaf>();
    group.set(key, value);
    places.set(offset, group);
  }

  const pieces: Array<{ offset: number; endOffset: number; fragment: Fragment }> = [];
  const stops = { next: 1 };
  for (const [offset, group] of places) {
    const fragment = new Fragment(lineEnding, stops);
    if (offset === -1) {
      const lineStart = text.lastIndexOf('\n', firstKeyOffset - 1) + 1;
      const prefix = text.slice(lineStart, firstKeyOffset);
      if (!writeTree(fragment, group, schema, keyColumn)) return undefined;
      fragment.newline();
      if (prefix.trim() === '') {
        // New lines above the first key's line, which stays as it is.
        pieces.push({ offset: lineStart, endOffset: lineStart, fragment });
        continue;
      }
      // The first key shares its line with `- `: the new keys take that place, the first key moves down.
      const moved = new Fragment(lineEnding, stops).literal(prefix);
      moved.snippet += fragment.snippet.slice(keyColumn);
      moved.text += fragment.text.slice(keyColumn);
      moved.literal(' '.repeat(keyColumn));
      pieces.push({ offset: lineStart, endOffset: firstKeyOffset, fragment: moved });
      continue;
    }
    const atEnd = offset === text.length && !text.endsWith('\n');
    if (atEnd) fragment.newline();
    if (!writeTree(fragment, group, schema, keyColumn)) return undefined;
    if (!atEnd) fragment.newline();
    pieces.push({ offset, endOffset: offset, fragment });
  }
  pieces.sort((a, b) => a.offset - b.offset);
  const start = pieces[0]?.offset ?? 0;
  const end = pieces[pieces.length - 1]?.endOffset ?? 0;
  const combined = new Fragment(lineEnding);
  let cursor = start;
  for (const piece of pieces) {
    combined.literal(text.slice(cursor, piece.offset));
    combined.snippet += piece.fragment.snippet;
    combined.text += piece.fragment.text;
    cursor = piece.endOffset;
  }
  return { offset: start, endOffset: end, snippet: combined.snippet, text: combined.text };
}

/** Where a pair's text ends: its value's end, or its key's when it has no value. */
function blockEnd(pair: Pair<Node, Node | null>): number {
  return pair.value?.range?.[1] ?? (pair.key.range as [number, number, number])[1];
}

/** The start of the line after the one holding `offset - 1` (the end of the text when there is none). */
function lineStartAfter(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

/** The label of what is added, in the registry's words: "Brief Summary", "Sex and Accepts Healthy Volunteers". */
export function missingLabel(missing: readonly string[]): string {
  const labels = missing.map((pointer) => {
    const key = decodePointer(pointer).at(-1) ?? pointer;
    const label = fieldLabel(pointer);
    return label ? `${label} (${key})` : key;
  });
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1] ?? ''}`;
}

/**
 * The insertion of a new entry at the end of the block list at `list` (which exists), written by `entry` at the
 * list's item indentation (the first line after `- `). Undefined for a flow list or an empty one.
 */
export function appendEntryInsertion(
  trial: LoadedTrial,
  list: string,
  entry: (fragment: Fragment, indent: number) => boolean,
): MissingInsertion | undefined {
  const document = trial.document;
  if (!document) return undefined;
  const location = nodeAtPointer(document, list);
  const seq = location.node;
  if (!location.exact || !isSeq(seq) || seq.flow || !seq.range) return undefined;
  const last = seq.items[seq.items.length - 1] as Node | undefined;
  if (!last?.range) return undefined;
  const { text, lineEnding } = trial;
  const dash = seq.range[0];
  const column = dash - (text.lastIndexOf('\n', dash - 1) + 1);
  const offset = lineStartAfter(text, last.range[1]);
  const fragment = new Fragment(lineEnding);
  const atEnd = offset === text.length && !text.endsWith('\n');
  if (atEnd) fragment.newline();
  fragment.literal(`${' '.repeat(column)}- `);
  if (!entry(fragment, column + 2)) return undefined;
  if (!atEnd) fragment.newline();
  return { offset, endOffset: offset, snippet: fragment.snippet, text: fragment.text };
}

export { Fragment, type Leaf };
