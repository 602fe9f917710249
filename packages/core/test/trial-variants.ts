// Random variants of a trial that mean the same to the registry: lists reordered, keys reordered, comments added,
// strings quoted differently. Seeded, for the diff's property test.
import { Document, isScalar, Scalar, visit } from 'yaml';
import { isPlainObject } from '../src/object.js';

/** mulberry32: a small seeded PRNG. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}

/** Shuffles every list (about half of them) in place. */
export function reorderLists(value: unknown, random: () => number): void {
  if (Array.isArray(value)) {
    if (random() < 0.5) shuffle(value, random);
    for (const item of value) reorderLists(item, random);
  } else if (isPlainObject(value)) for (const item of Object.values(value)) reorderLists(item, random);
}

/** The trial as YAML with keys in random order, comments here and there, and random quoting. */
export function randomlyFormatted(trial: unknown, random: () => number): string {
  const document = new Document(trial);
  visit(document, {
    Map(_key, node) {
      if (random() < 0.3) shuffle(node.items, random);
    },
    Pair(_key, pair) {
      if (random() < 0.05 && isScalar(pair.key))
        pair.key.commentBefore = ` note ${Math.floor(random() * 100)}`;
    },
    Scalar(_key, node) {
      if (typeof node.value !== 'string') return;
      // Unset: the writer picks plain where plain is safe.
      const styles: Array<Scalar.Type | undefined> = [undefined, Scalar.QUOTE_DOUBLE, Scalar.QUOTE_SINGLE];
      if (node.value.includes('\n')) styles.push(Scalar.BLOCK_LITERAL, Scalar.BLOCK_LITERAL);
      node.type = styles[Math.floor(random() * styles.length)];
      if (random() < 0.03) node.comment = ' trailing remark';
    },
  });
  return document.toString({ lineWidth: 0 });
}
