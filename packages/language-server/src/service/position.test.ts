import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { minimalEdit, rangeFromSpan, rangesTouch } from './position.js';

describe('rangeFromSpan', () => {
  it.each([
    [{ line: 1, column: 1, endLine: 1, endColumn: 5 }, 0, [0, 0, 0, 4]],
    [{ line: 3, column: 7, endLine: 4, endColumn: 1 }, 0, [2, 6, 3, 0]],
    [{ line: 1, column: 1, endLine: 2, endColumn: 3 }, 1, [0, 1, 1, 2]],
  ])('%j (bom %d)', (span, bom, [sl, sc, el, ec]) => {
    expect(rangeFromSpan(span, bom)).toEqual({
      start: { line: sl, character: sc },
      end: { line: el, character: ec },
    });
  });
});

describe('rangesTouch', () => {
  const r = (a: number, b: number, c: number, d: number) => ({
    start: { line: a, character: b },
    end: { line: c, character: d },
  });
  it.each([
    [r(0, 0, 0, 5), r(0, 5, 0, 5), true],
    [r(0, 0, 0, 5), r(0, 6, 0, 7), false],
    [r(1, 0, 3, 0), r(2, 4, 2, 4), true],
  ])('%j %j', (a, b, expected) => {
    expect(rangesTouch(a, b)).toBe(expected);
  });
});

describe('minimalEdit', () => {
  it('keeps the common prefix and suffix', () => {
    expect(minimalEdit('abcXdef', 'abcYYdef')).toEqual({ offset: 3, endOffset: 4, text: 'YY' });
    expect(minimalEdit('same', 'same')).toBeUndefined();
  });

  it('never splits a CRLF or a surrogate pair', () => {
    const crlf = minimalEdit('a\r\nb', 'a\r\r\nb');
    expect(crlf && 'a\r\nb'.slice(crlf.endOffset)).not.toMatch(/^\n/);
    const emoji = minimalEdit('x😀y', 'x😃y');
    expect(emoji).toEqual({ offset: 1, endOffset: 3, text: '😃' });
  });

  it('applied, always gives the new text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const edit = minimalEdit(before, after);
        const document = TextDocument.create('file:///x', 'x', 1, before);
        const result = edit
          ? TextDocument.applyEdits(document, [
              {
                range: { start: document.positionAt(edit.offset), end: document.positionAt(edit.endOffset) },
                newText: edit.text,
              },
            ])
          : before;
        expect(result).toBe(after);
      }),
    );
  });
});
