/** What a node of the index is. */
export const NodeKind = {
  Scalar: 1,
  /** A key with nothing after it (`key:`): null, with no text of its own. */
  Empty: 2,
  Mapping: 3,
  Sequence: 4,
} as const;
export type NodeKind = (typeof NodeKind)[keyof typeof NodeKind];

// One record per node, in a flat Int32Array: fewer objects for the garbage collector than a tree of spans.
const KIND = 0;
/** For scalars, the value's extent; for collections, their first line (what a range for them shows). */
const START = 1;
const END = 2;
/** The key's extent when the node is a mapping value, else -1. */
const KEY_START = 3;
const KEY_END = 4;
const FIRST_CHILD = 5;
const NEXT_SIBLING = 6;
const STRIDE = 7;

/** Records the shared write buffer starts with, and the most it keeps between reads. */
const SCRATCH_RECORDS = 4096;
const KEPT_SCRATCH_RECORDS = 1 << 16;
/** The shared write buffer (grows with the document being read, 7 ints per node). */
let scratch = new Int32Array(SCRATCH_RECORDS * STRIDE);

/** After a read: a buffer grown for a huge document is let go rather than kept for the life of the process. */
export function releaseLargeIndexScratch(): void {
  if (scratch.length > KEPT_SCRATCH_RECORDS * STRIDE) scratch = new Int32Array(SCRATCH_RECORDS * STRIDE);
}

/**
 * Children walked before a collection gets a lookup table: a trial's mappings have a few dozen keys at most, so
 * ordinary files never build one.
 */
const WALKED_CHILDREN = 64;

/** Where a pointer lands: the deepest node found and, if it is a mapping value, its key. */
export interface IndexedLocation {
  node: number;
  exact: boolean;
}

/**
 * Offsets of every node of a document read by the block reader, in document order, with the links needed to
 * follow a JSON pointer (children in order; mapping children carry their key).
 */
export class NodeIndex {
  private records: Int32Array;
  private count = 0;
  private readonly keys: Array<string | undefined> = [];
  /** Lookup tables of long collections, built on first use (most files never need one). */
  private keyTables: Map<number, Map<string, number>> | undefined;
  private itemTables: Map<number, Int32Array> | undefined;

  constructor() {
    // Records are written to a buffer shared by all readers (one read at a time: reading is synchronous) and
    // copied out at the exact size by `seal`: the index is then the only per-file allocation.
    this.records = scratch;
  }

  /** Ends the writing: the index keeps an exact-size copy of its records. */
  seal(): void {
    this.records = this.records.slice(0, this.count * STRIDE);
  }

  add(kind: NodeKind, start: number, end: number): number {
    const id = this.count++;
    if (id * STRIDE + STRIDE > this.records.length) {
      const grown = new Int32Array(this.records.length * 2);
      grown.set(this.records);
      this.records = grown;
      scratch = grown;
    }
    const at = id * STRIDE;
    const records = this.records;
    records[at + KIND] = kind;
    records[at + START] = start;
    records[at + END] = end;
    records[at + KEY_START] = -1;
    records[at + KEY_END] = -1;
    records[at + FIRST_CHILD] = -1;
    records[at + NEXT_SIBLING] = -1;
    return id;
  }

  setKind(node: number, kind: NodeKind): void {
    this.records[node * STRIDE + KIND] = kind;
  }

  setEnd(node: number, end: number): void {
    this.records[node * STRIDE + END] = end;
  }

  setKey(node: number, start: number, end: number, key: string): void {
    this.records[node * STRIDE + KEY_START] = start;
    this.records[node * STRIDE + KEY_END] = end;
    this.keys[node] = key;
  }

  setFirstChild(node: number, child: number): void {
    this.records[node * STRIDE + FIRST_CHILD] = child;
  }

  setNextSibling(node: number, sibling: number): void {
    this.records[node * STRIDE + NEXT_SIBLING] = sibling;
  }

  kind(node: number): NodeKind {
    return this.records[node * STRIDE + KIND] as NodeKind;
  }

  start(node: number): number {
    return this.records[node * STRIDE + START] as number;
  }

  end(node: number): number {
    return this.records[node * STRIDE + END] as number;
  }

  keyStart(node: number): number {
    return this.records[node * STRIDE + KEY_START] as number;
  }

  keyEnd(node: number): number {
    return this.records[node * STRIDE + KEY_END] as number;
  }

  /** The first child of a collection, -1 when it has none. */
  firstChild(node: number): number {
    return this.records[node * STRIDE + FIRST_CHILD] as number;
  }

  /** The next child of the same collection, -1 after the last. */
  nextSibling(node: number): number {
    return this.records[node * STRIDE + NEXT_SIBLING] as number;
  }

  /** The key of a mapping's child. */
  key(node: number): string | undefined {
    return this.keys[node];
  }

  /** Follows pointer segments from the root (node 0), stopping at the deepest node that exists. */
  locate(segments: readonly string[]): IndexedLocation {
    const records = this.records;
    let node = 0;
    for (const segment of segments) {
      const kind = records[node * STRIDE + KIND];
      let child = -1;
      if (kind === NodeKind.Mapping) child = this.childByKey(node, segment);
      else if (kind === NodeKind.Sequence && /^\d+$/.test(segment))
        child = this.childAt(node, Number(segment));
      if (child === -1) return { node, exact: false };
      node = child;
    }
    return { node, exact: true };
  }

  /**
   * The mapping child with a key: the last entry with it, as in the data when a key is repeated. Short mappings
   * are walked; a long one gets a key table on its first lookup, so that locating every finding of a file with
   * thousands of keys stays linear in all.
   */
  private childByKey(node: number, key: string): number {
    const table = this.keyTables?.get(node);
    if (table) return table.get(key) ?? -1;
    const records = this.records;
    let found = -1;
    let walked = 0;
    for (let child = records[node * STRIDE + FIRST_CHILD] as number; child !== -1;) {
      if (++walked > WALKED_CHILDREN) return this.keyTable(node).get(key) ?? -1;
      if (this.keys[child] === key) found = child;
      child = records[child * STRIDE + NEXT_SIBLING] as number;
    }
    return found;
  }

  /** The item at a position of a sequence; a long sequence gets a table of its items on its first lookup. */
  private childAt(node: number, position: number): number {
    const records = this.records;
    if (position < WALKED_CHILDREN) {
      let child = records[node * STRIDE + FIRST_CHILD] as number;
      for (let skip = position; skip > 0 && child !== -1; skip--)
        child = records[child * STRIDE + NEXT_SIBLING] as number;
      return child;
    }
    const items = this.itemTable(node);
    return position < items.length ? (items[position] as number) : -1;
  }

  private keyTable(node: number): Map<string, number> {
    const table = new Map<string, number>();
    const records = this.records;
    // Later entries overwrite earlier ones: the last entry with a key wins.
    for (let child = records[node * STRIDE + FIRST_CHILD] as number; child !== -1;) {
      const key = this.keys[child];
      if (key !== undefined) table.set(key, child);
      child = records[child * STRIDE + NEXT_SIBLING] as number;
    }
    (this.keyTables ??= new Map()).set(node, table);
    return table;
  }

  private itemTable(node: number): Int32Array {
    let items = this.itemTables?.get(node);
    if (items) return items;
    const records = this.records;
    let count = 0;
    for (let child = records[node * STRIDE + FIRST_CHILD] as number; child !== -1; count++)
      child = records[child * STRIDE + NEXT_SIBLING] as number;
    items = new Int32Array(count);
    for (let child = records[node * STRIDE + FIRST_CHILD] as number, at = 0; child !== -1; at++) {
      items[at] = child;
      child = records[child * STRIDE + NEXT_SIBLING] as number;
    }
    (this.itemTables ??= new Map()).set(node, items);
    return items;
  }
}
