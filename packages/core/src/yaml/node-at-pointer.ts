import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
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

function findPair(node: Node, segment: string): Pair | undefined {
  if (!isMap(node)) return undefined;
  // Last match wins, as in the parsed data when a key is duplicated.
  for (let i = node.items.length - 1; i >= 0; i--) {
    const candidate = node.items[i];
    if (isPair(candidate) && keyText(candidate) === segment) return candidate;
  }
  return undefined;
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
