/**
 * A set of ranks `0..size-1` that only grows, with the nearest member below or above a rank in O(log size): a
 * Fenwick tree of counts. `applyWholeFixes` keeps the edits it accepted in it, so checking a fix against them
 * costs O(log edits) per edit, however the fixes are ordered.
 */
export class RankSet {
  private readonly counts: Int32Array;
  private total = 0;
  private readonly highBit: number;

  constructor(readonly size: number) {
    this.counts = new Int32Array(size + 1);
    let bit = 1;
    while (bit * 2 <= size) bit *= 2;
    this.highBit = bit;
  }

  add(rank: number): void {
    for (let i = rank + 1; i <= this.size; i += i & -i) this.counts[i] = (this.counts[i] ?? 0) + 1;
    this.total++;
  }

  /** How many members are below `rank`. */
  private countBelow(rank: number): number {
    let count = 0;
    for (let i = rank; i > 0; i -= i & -i) count += this.counts[i] ?? 0;
    return count;
  }

  /** The member with `count` members at or below it (1-based), found by descending the tree. */
  private nth(count: number): number {
    let position = 0;
    let left = count;
    for (let bit = this.highBit; bit > 0; bit >>= 1) {
      const next = position + bit;
      const here = this.counts[next] ?? 0;
      if (next <= this.size && here < left) {
        position = next;
        left -= here;
      }
    }
    return position;
  }

  /** The greatest member below `rank`, if any. */
  below(rank: number): number | undefined {
    const count = this.countBelow(rank);
    return count === 0 ? undefined : this.nth(count);
  }

  /** The least member above `rank`, if any. */
  above(rank: number): number | undefined {
    const count = this.countBelow(rank + 1);
    return count === this.total ? undefined : this.nth(count + 1);
  }
}
