import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import { describe, expect, it } from 'vitest';
import { exampleFiles, sampleProtocols } from '../../test/paths.js';
import { decodePointer, encodePointer } from '../pointer.js';
import { stringifyTrial } from '../write/stringify-trial.js';
import { readBlockYaml } from './block-reader.js';
import { nodeAtPointer, type PointerLocation } from './node-at-pointer.js';
import { NodeKind, type IndexedLocation, type NodeIndex } from './node-index.js';

// Long collections get lookup tables (issue 17: locating every finding by walking cost the square of the
// findings). These tests hold the tables to the walk they replace, on every pointer of every fixture record and
// of generated documents long enough to get tables, missing pointers included.

/** The walk `NodeIndex.locate` did before it had tables. */
function walkIndex(index: NodeIndex, segments: readonly string[]): IndexedLocation {
  let node = 0;
  for (const segment of segments) {
    const kind = index.kind(node);
    let child = kind === NodeKind.Mapping || kind === NodeKind.Sequence ? index.firstChild(node) : -1;
    if (kind === NodeKind.Mapping) {
      let found = -1;
      for (; child !== -1; child = index.nextSibling(child)) if (index.key(child) === segment) found = child;
      child = found;
    } else if (kind === NodeKind.Sequence && /^\d+$/.test(segment)) {
      for (let skip = Number(segment); skip > 0 && child !== -1; skip--) child = index.nextSibling(child);
    } else child = -1;
    if (child === -1) return { node, exact: false };
    node = child;
  }
  return { node, exact: true };
}

/** The walk `nodeAtPointer` did before long mappings had key tables. */
function walkDocument(document: Document, pointer: string): PointerLocation {
  const keyText = (pair: Pair): string | undefined =>
    isScalar(pair.key)
      ? String(pair.key.value)
      : pair.key === null || pair.key === undefined
        ? ''
        : undefined;
  let node = document.contents ?? null;
  let pair: Pair | undefined;
  for (const segment of decodePointer(pointer)) {
    if (node === null) return { node, pair, exact: false };
    let nextPair: Pair | undefined;
    if (isMap(node))
      for (let i = node.items.length - 1; i >= 0 && !nextPair; i--) {
        const candidate = node.items[i];
        if (isPair(candidate) && keyText(candidate) === segment) nextPair = candidate;
      }
    if (nextPair) {
      node = (nextPair.value as Node | null | undefined) ?? null;
      pair = nextPair;
      continue;
    }
    if (isSeq(node) && /^\d+$/.test(segment)) {
      const item = node.items[Number(segment)] as Node | null | undefined;
      if (item !== undefined && item !== null) {
        node = item;
        pair = undefined;
        continue;
      }
    }
    return { node, pair, exact: false };
  }
  return { node, pair, exact: true };
}

/** Every pointer of a value, and beside each collection pointers that miss (a key, an index past the end). */
function pointers(value: unknown, path: Array<string | number> = []): string[] {
  const here = encodePointer(path);
  if (Array.isArray(value))
    return [
      here,
      `${here}/${value.length}`,
      `${here}/99999999999999999999`,
      `${here}/-1`,
      `${here}/key`,
      ...value.flatMap((item, index) => pointers(item, [...path, index])),
    ];
  if (value !== null && typeof value === 'object')
    return [
      here,
      `${here}/missingKey`,
      `${here}/0`,
      `${here}/missingKey/deeper`,
      ...Object.entries(value).flatMap(([key, child]) => pointers(child, [...path, key])),
    ];
  return [here, `${here}/0`, `${here}/key`];
}

/** Asserts both locators agree with their walks on every pointer; returns how many pointers were compared. */
function expectSameAsWalks(text: string): number {
  const block = readBlockYaml(text);
  const document = parseDocument(text, { uniqueKeys: false });
  const data: unknown = document.toJS();
  const list = pointers(data);
  for (const pointer of list) {
    if (block) {
      const segments = decodePointer(pointer);
      const located = block.index.locate(segments);
      const walked = walkIndex(block.index, segments);
      if (located.node !== walked.node || located.exact !== walked.exact)
        expect([pointer, located], text.slice(0, 80)).toEqual([pointer, walked]);
    }
    const located = nodeAtPointer(document, pointer);
    const walked = walkDocument(document, pointer);
    if (located.node !== walked.node || located.pair !== walked.pair || located.exact !== walked.exact)
      expect([pointer, located.exact, located.node?.range, located.pair?.key], text.slice(0, 80)).toEqual([
        pointer,
        walked.exact,
        walked.node?.range,
        walked.pair?.key,
      ]);
  }
  return list.length;
}

/** A document with a mapping and lists long enough for tables, repeated keys and empty values included. */
function longDocument(size: number): string {
  const lines = ['identificationModule:', '  nctId: NCT01234567'];
  for (let i = 0; i < size; i++) lines.push(`  extraField${i}: value ${i}`);
  lines.push('  extraField3: repeated', '  extraField7:', '  "quoted key": 1', '  a/b~c: 2');
  lines.push('conditionsModule:', '  keywords:');
  for (let i = 0; i < size; i++) lines.push(`    - keyword ${i}`);
  lines.push('  conditions:');
  for (let i = 0; i < size; i++) lines.push(`    - name: condition ${i}`, `      rank: ${i}`);
  return lines.join('\n') + '\n';
}

describe('lookup tables of long collections ≡ the walk they replace', () => {
  it.each(sampleProtocols())('registry sample %s (as canonical YAML)', (_name, protocol) => {
    expect(expectSameAsWalks(stringifyTrial(protocol))).toBeGreaterThan(100);
  });

  it.each(exampleFiles())('example %s', (_name, text) => {
    expect(expectSameAsWalks(text)).toBeGreaterThan(100);
  });

  it.each([10, 63, 64, 65, 300])('a document with %i keys and list items per collection', (size) => {
    const text = longDocument(size);
    // The block reader leaves repeated keys to the full parser past a few, but reads these.
    expect(readBlockYaml(text)).toBeDefined();
    expect(expectSameAsWalks(text)).toBeGreaterThan(size * 3);
  });

  it('a long mapping with many repeated keys (full parser only): the last entry wins', () => {
    const lines = ['root:'];
    for (let i = 0; i < 400; i++) lines.push(`  key${i % 150}: ${i}`);
    const text = lines.join('\n') + '\n';
    expect(readBlockYaml(text)).toBeUndefined();
    expect(expectSameAsWalks(text)).toBeGreaterThan(150);
    const document = parseDocument(text, { uniqueKeys: false });
    expect(String((nodeAtPointer(document, '/root/key5').node as Node & { value: unknown }).value)).toBe(
      '305',
    );
  });

  it('a long flow mapping, with a repeated key and an empty one', () => {
    const entries = Array.from({ length: 100 }, (_, i) => `k${i}: ${i}`).join(', ');
    expect(expectSameAsWalks(`root: {${entries}, k5: again, "": empty}\n`)).toBeGreaterThan(100);
  });

  it('a long mapping edited in place is indexed again', () => {
    const lines = ['root:'];
    for (let i = 0; i < 100; i++) lines.push(`  key${i}: ${i}`);
    const document = parseDocument(lines.join('\n'));
    expect(nodeAtPointer(document, '/root/key50').exact).toBe(true);
    (document.get('root') as YAMLMap).add(document.createPair('added', 'new'));
    expect(nodeAtPointer(document, '/root/added').exact).toBe(true);
    document.deleteIn(['root', 'key50']);
    expect(nodeAtPointer(document, '/root/key50').exact).toBe(false);
    const root = document.get('root') as { items: Pair[] };
    (root.items[10]?.key as { value: unknown }).value = 'renamed';
    expect(nodeAtPointer(document, '/root/renamed').exact).toBe(true);
    expect(nodeAtPointer(document, '/root/key10').exact).toBe(false);
  });
});
