import { canonicalText, leafTexts } from './normalize.js';

/** A pairing of the items of two versions of a list: indices into `before` and `after`. */
export interface ItemMatch {
  /** Matched items as [before index, after index], in the order of `after`. */
  pairs: Array<[number, number]>;
  /** Indices into `after` of items the other version does not have. */
  added: number[];
  /** Indices into `before` of items the file does not have. */
  removed: number[];
}

/** Items at least this alike (share of equal leaves) are one item edited, even when what identifies it changed. */
const RENAME_SIMILARITY = 0.5;
/** Above this many candidate pairs the rename pass is skipped: the result stays right, only coarser. */
const MAX_SIMILARITY_PAIRS = 250_000;

function similarity(a: readonly string[], b: readonly string[]): number {
  if (!a.length && !b.length) return 1;
  const counts = new Map<string, number>();
  for (const leaf of a) counts.set(leaf, (counts.get(leaf) ?? 0) + 1);
  let common = 0;
  for (const leaf of b) {
    const left = counts.get(leaf) ?? 0;
    if (left > 0) {
      common++;
      counts.set(leaf, left - 1);
    }
  }
  return common / Math.max(a.length, b.length);
}

/**
 * Pairs the items of two versions of a list so that reordering is not a difference:
 * 1. equal items, first with first;
 * 2. items with the same identity (`identity` gives it; undefined for none), the most alike first;
 * 3. left-over items at least half alike, the most alike first (an arm whose label was corrected).
 * Everything else is added or removed.
 */
export function matchItems(
  before: readonly unknown[],
  after: readonly unknown[],
  identity: (item: unknown) => string | undefined,
): ItemMatch {
  const beforeOf = new Array<number | undefined>(after.length).fill(undefined);
  const matchedBefore = new Array<boolean>(before.length).fill(false);
  const link = (beforeIndex: number, afterIndex: number): void => {
    beforeOf[afterIndex] = beforeIndex;
    matchedBefore[beforeIndex] = true;
  };

  // 1. Equal items.
  const equal = new Map<string, number[]>();
  before.forEach((item, index) => {
    const text = canonicalText(item);
    const list = equal.get(text);
    if (list) list.push(index);
    else equal.set(text, [index]);
  });
  after.forEach((item, index) => {
    const candidates = equal.get(canonicalText(item));
    const first = candidates?.shift();
    if (first !== undefined) link(first, index);
  });

  const leaves = new Map<string, string[]>();
  const leavesOf = (side: 'b' | 'a', index: number): string[] => {
    const key = `${side}${index}`;
    let found = leaves.get(key);
    if (!found) {
      found = leafTexts(side === 'b' ? before[index] : after[index]);
      leaves.set(key, found);
    }
    return found;
  };
  const pairBest = (beforeIndices: number[], afterIndices: number[], threshold: number): void => {
    if (!beforeIndices.length || !afterIndices.length) return;
    if (beforeIndices.length * afterIndices.length > MAX_SIMILARITY_PAIRS) return;
    const candidates: Array<{ b: number; a: number; score: number }> = [];
    for (const b of beforeIndices)
      for (const a of afterIndices) {
        const score = similarity(leavesOf('b', b), leavesOf('a', a));
        if (score >= threshold) candidates.push({ b, a, score });
      }
    candidates.sort((x, y) => y.score - x.score || x.b - y.b || x.a - y.a);
    for (const { b, a } of candidates) if (!matchedBefore[b] && beforeOf[a] === undefined) link(b, a);
  };

  // 2. Same identity.
  const groups = new Map<string, { b: number[]; a: number[] }>();
  const groupOf = (key: string): { b: number[]; a: number[] } => {
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { b: [], a: [] }));
    return group;
  };
  before.forEach((item, index) => {
    const key = matchedBefore[index] ? undefined : identity(item);
    if (key !== undefined) groupOf(key).b.push(index);
  });
  after.forEach((item, index) => {
    const key = beforeOf[index] !== undefined ? undefined : identity(item);
    if (key !== undefined) groupOf(key).a.push(index);
  });
  for (const group of groups.values()) pairBest(group.b, group.a, 0);

  // 3. Alike items left over.
  const leftBefore = before.map((_, index) => index).filter((index) => !matchedBefore[index]);
  const leftAfter = after.map((_, index) => index).filter((index) => beforeOf[index] === undefined);
  pairBest(leftBefore, leftAfter, RENAME_SIMILARITY);

  const pairs: Array<[number, number]> = [];
  const added: number[] = [];
  beforeOf.forEach((beforeIndex, afterIndex) => {
    if (beforeIndex === undefined) added.push(afterIndex);
    else pairs.push([beforeIndex, afterIndex]);
  });
  const removed = before.map((_, index) => index).filter((index) => !matchedBefore[index]);
  return { pairs, added, removed };
}
