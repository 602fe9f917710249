import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { decodePointer } from '../pointer.js';

/** Where a JSON pointer lands in a YAML document. */
export interface PointerLocation {
  /** The value node of the deepest segment found; null when that value is empty (`key:`) or the document is. */
  node: Node | null;
  /** The mapping pair whose value is `node`, when the deepest segment found is a mapping key. */
  pair: Pair | undefined;
  /** True when every segment of the pointer was found. */
  exact: boolean;
}

function keyText(pair: Pair): string | undefined {
  const key = pair.key;
  if (isScalar(key)) return String(key.value);
  if (key === null || key === undefined) return '';
  return undefined;
}

/** Pairs walked before a mapping gets a key table: a trial's mappings have a few dozen keys at most. */
const WALKED_PAIRS = 64;

/** A long mapping's last pair per key, and the item list it was built from (a changed list is indexed again). */
interface KeyTable {
  items: unknown[];
  length: number;
  pairs: Map<string, Pair>;
}

const keyTables = new WeakMap<YAMLMap, KeyTable>();

function findPair(node: Node, segment: string): Pair | undefined {
  if (!isMap(node)) return undefined;
  if (node.items.length > WALKED_PAIRS) {
    const found = findPairInTable(node, segment);
    if (found) return found;
  }
  return lastPairWithKey(node, segment);
}

/** Last match wins, as in the parsed data when a key is duplicated. */
function lastPairWithKey(node: YAMLMap, segment: string): Pair | undefined {
  for (let i = node.items.length - 1; i >= 0; i--) {
    const candidate = node.items[i];
    if (isPair(candidate) && keyText(candidate) === segment) return candidate;
  }
  return undefined;
}

/**
 * Locating every finding of a file with thousands of keys by walking the mapping each time costs the square of
 * the keys: a long mapping is indexed once. The table is checked against the mapping on every use (the same item
 * list, as long, the found pair still holding its key) and built again when the document was edited; a key it
 * does not hold is looked for by walking, so a key renamed in place is still found.
 */
function findPairInTable(node: YAMLMap, segment: string): Pair | undefined {
  let table = keyTables.get(node);
  if (!table || table.items !== node.items || table.length !== node.items.length) {
    const pairs = new Map<string, Pair>();
    for (const candidate of node.items) {
      const key = isPair(candidate) ? keyText(candidate) : undefined;
      if (key !== undefined) pairs.set(key, candidate);
    }
    table = { items: node.items, length: node.items.length, pairs };
    keyTables.set(node, table);
  }
  const found = table.pairs.get(segment);
  if (found && keyText(found) !== segment) {
    keyTables.delete(node);
    return undefined;
  }
  return found;
}

/** Walks a YAML document along a JSON pointer, stopping at the deepest node that exists. */
export function nodeAtPointer(document: Document, pointer: string): PointerLocation {
  let node = document.contents ?? null;
  let pair: Pair | undefined;
  const segments = decodePointer(pointer);
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as string;
    if (node === null) return { node, pair, exact: false };
    const nextPair = findPair(node, segment);
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
