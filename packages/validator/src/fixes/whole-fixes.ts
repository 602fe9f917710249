import type { TextEdit } from './fix-operation.js';
import { RankSet } from './rank-set.js';

/** What applying fixes did: the new text, and which fixes (their indexes, in order) went in whole. */
export interface WholeFixesResult {
  text: string;
  /** Indexes of the fixes applied; every other fix was left out entirely. */
  applied: number[];
}

/**
 * Whether two edits cannot both be made: their ranges overlap, or an insertion falls strictly inside a
 * replacement, or both insert at one place (their order would be a guess). Edits that only touch can.
 */
export function editsConflict(a: TextEdit, b: TextEdit): boolean {
  if (a.offset < b.endOffset && b.offset < a.endOffset) return true;
  return a.offset === a.endOffset && b.offset === b.endOffset && a.offset === b.offset;
}

function fitsText(edit: TextEdit, length: number): boolean {
  return edit.offset >= 0 && edit.offset <= edit.endOffset && edit.endOffset <= length;
}

/**
 * Applies fixes, each a list of edits, whole or not at all: in the order given, a fix goes in when every edit
 * of it fits the text and none conflicts with another of its own or with an edit of a fix already taken;
 * otherwise none of its edits is made (the next lint pass offers it again). Half a fix (an intervention
 * renamed but not the arms that refer to it) would leave the file worse than either whole state.
 * The text is joined once: O(text + edits log edits).
 */
export function applyWholeFixes(text: string, fixes: readonly (readonly TextEdit[])[]): WholeFixesResult {
  // Every edit ranked by position once, so the accepted ones can be searched by rank.
  const all: TextEdit[] = [];
  for (const fix of fixes) for (const edit of fix) all.push(edit);
  const order = all.map((_, index) => index);
  const byPosition = (a: number, b: number): number => {
    const x = all[a] as TextEdit;
    const y = all[b] as TextEdit;
    return x.offset - y.offset || x.endOffset - y.endOffset || a - b;
  };
  // Edits usually come in order of position already (findings are sorted by line): then no sort is needed.
  if (order.some((index) => index > 0 && byPosition(index - 1, index) > 0)) order.sort(byPosition);
  const rankOf = new Int32Array(all.length);
  order.forEach((index, rank) => (rankOf[index] = rank));
  const accepted = new RankSet(all.length);
  const editAt = (rank: number): TextEdit => all[order[rank] as number] as TextEdit;

  const taken = new Uint8Array(all.length);
  let highestAccepted = -1;
  const applied: number[] = [];
  let first = 0;
  fixes.forEach((fix, fixIndex) => {
    const start = first;
    first += fix.length;
    if (!fix.length) return;
    if (fix.length > 1) {
      // Its own edits in order of position: when no two neighbours conflict, no two edits do.
      const ranks = Array.from(rankOf.subarray(start, first)).sort((a, b) => a - b);
      for (let i = 1; i < ranks.length; i++)
        if (editsConflict(editAt(ranks[i - 1] as number), editAt(ranks[i] as number))) return;
    }
    for (let i = 0; i < fix.length; i++) {
      const edit = fix[i] as TextEdit;
      if (!fitsText(edit, text.length)) return;
      // Accepted edits never conflict with one another, so only the nearest on each side can reach this one;
      // past the last accepted (fixes in order of position, the usual case) that is the only one.
      const rank = rankOf[start + i] as number;
      const below = rank > highestAccepted ? highestAccepted : accepted.below(rank);
      if (below !== undefined && below >= 0 && editsConflict(edit, editAt(below))) return;
      const above = rank > highestAccepted ? undefined : accepted.above(rank);
      if (above !== undefined && editsConflict(edit, editAt(above))) return;
    }
    for (let i = 0; i < fix.length; i++) {
      const rank = rankOf[start + i] as number;
      accepted.add(rank);
      highestAccepted = Math.max(highestAccepted, rank);
      taken[start + i] = 1;
    }
    applied.push(fixIndex);
  });
  if (!applied.length) return { text, applied };

  const parts: string[] = [];
  let copiedTo = 0;
  for (const index of order) {
    if (!taken[index]) continue;
    const edit = all[index] as TextEdit;
    parts.push(text.slice(copiedTo, edit.offset), edit.text);
    copiedTo = edit.endOffset;
  }
  parts.push(text.slice(copiedTo));
  return { text: parts.join(''), applied };
}
