import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PieceTextDocument } from './piece-text-document.js';

/** Text made of pieces that matter here: line breaks of every kind, and characters outside the BMP. */
const text = fc
  .array(fc.constantFrom('a', 'key: value', ' ', '\n', '\r\n', '\r', '😀', '- item', ''), { maxLength: 30 })
  .map((parts) => parts.join(''));

/** A change: an edit with positions that may lie past line ends or the last line, or the whole text. */
const change: fc.Arbitrary<TextDocumentContentChangeEvent> = fc.oneof(
  {
    weight: 9,
    arbitrary: fc
      .record({
        startLine: fc.integer({ min: -1, max: 12 }),
        startCharacter: fc.integer({ min: -1, max: 14 }),
        endLine: fc.integer({ min: -1, max: 12 }),
        endCharacter: fc.integer({ min: -1, max: 14 }),
        text,
      })
      .map(({ startLine, startCharacter, endLine, endCharacter, text }) => ({
        range: {
          start: { line: startLine, character: startCharacter },
          end: { line: endLine, character: endCharacter },
        },
        text,
      })),
  },
  { weight: 1, arbitrary: text.map((whole) => ({ text: whole })) },
);

function expectSame(piece: PieceTextDocument, reference: TextDocument): void {
  expect(piece.getText()).toBe(reference.getText());
  expect(piece.lineCount).toBe(reference.lineCount);
  expect(piece.version).toBe(reference.version);
  const length = reference.getText().length;
  for (let offset = -1; offset <= length + 1; offset++)
    expect(piece.positionAt(offset)).toEqual(reference.positionAt(offset));
  for (let line = -1; line <= reference.lineCount; line++) {
    expect(piece.getLineRange(line)).toEqual(reference.getLineRange(line));
    expect(piece.getEOLCharacters(line)).toBe(reference.getEOLCharacters(line));
    for (let character = -1; character <= 12; character++)
      expect(piece.offsetAt({ line, character })).toBe(reference.offsetAt({ line, character }));
  }
}

describe('PieceTextDocument ≡ the library TextDocument', () => {
  it('after any sequence of changes (text, positions, offsets, lines)', () => {
    fc.assert(
      fc.property(text, fc.array(change, { maxLength: 100 }), (initial, changes) => {
        const piece = new PieceTextDocument('untitled:a', 'trial-yaml', 1, initial);
        const reference = TextDocument.create('untitled:a', 'trial-yaml', 1, initial);
        let version = 1;
        for (const given of changes) {
          // Ranges past the last line leave the library's line table with holes (its own bug): clients send lines
          // that exist, so lines are kept to those; characters past a line's end stay.
          const last = reference.lineCount - 1;
          const clamp = (position: { line: number; character: number }) => ({
            line: Math.min(position.line, last),
            character: position.character,
          });
          const edit: TextDocumentContentChangeEvent =
            'range' in given
              ? { range: { start: clamp(given.range.start), end: clamp(given.range.end) }, text: given.text }
              : given;
          version++;
          piece.update([edit], version);
          TextDocument.update(reference, [edit], version);
          expect(piece.getText()).toBe(reference.getText());
        }
        expectSame(piece, reference);
      }),
      { numRuns: 400 },
    );
  });

  it('applies the changes of one notification in order', () => {
    const changes: TextDocumentContentChangeEvent[] = [
      { range: { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } }, text: 'X\r\n' },
      { range: { start: { line: 1, character: 0 }, end: { line: 2, character: 1 } }, text: '' },
      { text: 'whole\nnew text' },
      { range: { start: { line: 1, character: 4 }, end: { line: 1, character: 99 } }, text: '!' },
    ];
    const piece = new PieceTextDocument('untitled:c', 'trial-yaml', 1, 'abcdef\nline two\r\nthree\n');
    const reference = TextDocument.create('untitled:c', 'trial-yaml', 1, 'abcdef\nline two\r\nthree\n');
    for (let count = 1; count <= changes.length; count++) {
      piece.update(changes.slice(count - 1, count), count + 1);
      TextDocument.update(reference, changes.slice(count - 1, count), count + 1);
      expectSame(piece, reference);
    }
    const batched = new PieceTextDocument('untitled:c', 'trial-yaml', 1, 'abcdef\nline two\r\nthree\n');
    batched.update(changes, 5);
    expectSame(batched, reference);
    expect(batched.getText()).toBe('whole\nnew !');
  });

  it('keeps up with a thousand edits of a large text, reading it whole only when asked', () => {
    const line = 'briefTitle: A study of something in some people\n';
    const initial = line.repeat(5_000);
    const piece = new PieceTextDocument('untitled:b', 'trial-yaml', 1, initial);
    const reference = TextDocument.create('untitled:b', 'trial-yaml', 1, initial);
    for (let i = 0; i < 1000; i++) {
      const at = { line: (i * 37) % 5_000, character: 11 };
      const changes = [{ range: { start: at, end: at }, text: i % 3 ? 'x' : 'y\n' }];
      piece.update(changes, i + 2);
      TextDocument.update(reference, changes, i + 2);
    }
    expect(piece.getText()).toBe(reference.getText());
    expect(piece.lineCount).toBe(reference.lineCount);
    expect(piece.positionAt(500_000)).toEqual(reference.positionAt(500_000));
  });
});
