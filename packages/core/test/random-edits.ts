import fc from 'fast-check';

/** One edit of a text: at an offset (taken modulo the length), remove some characters and insert others. */
export interface TextEdit {
  at: number;
  remove: number;
  insert: string;
}

/** Up to `maxEdits` edits removing at most `maxRemove` characters each and inserting what `insert` gives. */
export function randomEdits(
  insert: fc.Arbitrary<string>,
  { maxRemove, maxEdits }: { maxRemove: number; maxEdits: number },
): fc.Arbitrary<TextEdit[]> {
  return fc.array(fc.record({ at: fc.nat(), remove: fc.nat({ max: maxRemove }), insert }), {
    minLength: 1,
    maxLength: maxEdits,
  });
}

/** The text after the edits, applied in order. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let edited = text;
  for (const edit of edits) {
    const at = edit.at % (edited.length + 1);
    edited = edited.slice(0, at) + edit.insert + edited.slice(at + edit.remove);
  }
  return edited;
}
