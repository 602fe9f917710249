/**
 * A structural edit, addressed by JSON pointer like every finding. The engine turns operations into minimal
 * text edits on the author's file, so comments, blank lines and key order stay as they were.
 */
export type FixOperation =
  /** Replace the scalar at `pointer` with `value`. */
  | { op: 'replace'; pointer: string; value: string | number | boolean }
  /** Rename the mapping key at `pointer` to `key`. */
  | { op: 'rename-key'; pointer: string; key: string }
  /** Append `value` to the list at `pointer` (the list must exist). */
  | { op: 'append'; pointer: string; value: string | number | boolean }
  /** Add `key: value` to the mapping at `pointer` (the mapping must exist, the key must not); lists become block lists. */
  | { op: 'add-key'; pointer: string; key: string; value: string | number | boolean | readonly string[] };

/** A replacement of `[offset, endOffset)` in the text by `text`. */
export interface TextEdit {
  offset: number;
  endOffset: number;
  text: string;
}
