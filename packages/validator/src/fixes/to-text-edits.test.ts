import { loadTrial } from '@trialyaml/core';
import { describe, expect, it } from 'vitest';
import type { FixOperation, TextEdit } from './fix-operation.js';
import { applyTextEdits, toTextEdit } from './to-text-edits.js';

/** The text after one operation, through the same path `--fix` takes. */
function edited(text: string, operation: FixOperation): string {
  const trial = loadTrial(text, { fast: false });
  expect(trial.ok, trial.problems[0]?.message).toBe(true);
  const edit = toTextEdit(trial, operation);
  expect(edit, 'the operation makes an edit').toBeDefined();
  return applyTextEdits(trial.text, [edit as TextEdit]).text;
}

const cases: Array<{ name: string; text: string; operation: FixOperation; expected: string }> = [
  // Flow collections: the new entry goes after the last one, never before the closing bracket.
  {
    name: 'add-key to a flow mapping with a trailing comma (issue 17: `[PARTICIPANT],, masking`)',
    text: 'maskingInfo: {whoMasked: [PARTICIPANT],}\n',
    operation: { op: 'add-key', pointer: '/maskingInfo', key: 'masking', value: 'SINGLE' },
    expected: 'maskingInfo: {whoMasked: [PARTICIPANT], masking: SINGLE,}\n',
  },
  {
    name: 'add-key to a flow mapping whose closing brace is on its own line',
    text: 'maskingInfo: {\n    whoMasked: [PARTICIPANT]\n  }\nnext: 1\n',
    operation: { op: 'add-key', pointer: '/maskingInfo', key: 'masking', value: 'SINGLE' },
    expected: 'maskingInfo: {\n    whoMasked: [PARTICIPANT], masking: SINGLE\n  }\nnext: 1\n',
  },
  {
    name: 'add-key to a flow mapping with a comment after the last entry',
    text: 'm: {\n    a: 1, # one\n  }\n',
    operation: { op: 'add-key', pointer: '/m', key: 'b', value: 2 },
    expected: 'm: {\n    a: 1, b: 2, # one\n  }\n',
  },
  {
    name: 'add-key to an empty flow mapping',
    text: 'm: {}\n',
    operation: { op: 'add-key', pointer: '/m', key: 'b', value: 'x' },
    expected: 'm: {b: x}\n',
  },
  {
    name: 'add-key to an empty flow mapping with blanks inside',
    text: 'm: { }\n',
    operation: { op: 'add-key', pointer: '/m', key: 'b', value: 'x' },
    expected: 'm: {b: x }\n',
  },
  {
    name: 'add-key after an empty value',
    text: 'm: {a: }\n',
    operation: { op: 'add-key', pointer: '/m', key: 'b', value: 'x' },
    expected: 'm: {a: , b: x}\n',
  },
  {
    name: 'add-key after an empty value followed by a comment: the comment stays a comment',
    text: 'm: {a: # note\n  }\n',
    operation: { op: 'add-key', pointer: '/m', key: 'b', value: 'x' },
    expected: 'm: {a: , b: x # note\n  }\n',
  },
  {
    name: 'add-key with a list value to a flow mapping quotes what flow text cannot hold',
    text: 'm: {a: 1,}\n',
    operation: { op: 'add-key', pointer: '/m', key: 'labels', value: ['x, y', 'z'] },
    expected: 'm: {a: 1, labels: ["x, y", z],}\n',
  },
  {
    name: 'append to a flow sequence with a trailing comma and a blank (issue 17: `[x, ]`)',
    text: 'armGroupLabels: [x, ]\n',
    operation: { op: 'append', pointer: '/armGroupLabels', value: 'y' },
    expected: 'armGroupLabels: [x, y, ]\n',
  },
  {
    name: 'append to a flow sequence whose closing bracket is on its own line',
    text: 'l: [\n    x,\n  ]\n',
    operation: { op: 'append', pointer: '/l', value: 'y' },
    expected: 'l: [\n    x, y,\n  ]\n',
  },
  {
    name: 'append to an empty flow sequence',
    text: 'l: []\n',
    operation: { op: 'append', pointer: '/l', value: 'y' },
    expected: 'l: [y]\n',
  },
  {
    name: 'append to an empty flow sequence holding a comment',
    text: 'l: [ # none yet\n  ]\n',
    operation: { op: 'append', pointer: '/l', value: 'y' },
    expected: 'l: [y # none yet\n  ]\n',
  },
  {
    name: 'append text with a comma to a flow sequence: quoted, still one entry',
    text: 'l: [x]\n',
    operation: { op: 'append', pointer: '/l', value: 'Drug: a, b' },
    expected: 'l: [x, "Drug: a, b"]\n',
  },
  {
    name: 'append to an anchored flow sequence',
    text: 'l: &labels [x,]\n',
    operation: { op: 'append', pointer: '/l', value: 'y' },
    expected: 'l: &labels [x, y,]\n',
  },
  {
    name: 'replace inside a flow sequence with text holding flow indicators',
    text: 'l: [a, b]\n',
    operation: { op: 'replace', pointer: '/l/0', value: 'x]' },
    expected: 'l: ["x]", b]\n',
  },
  // Block scalars: the header keeps its comment.
  {
    name: 'replace a block scalar with a comment on its header (issue 17)',
    text: 'briefSummary: |-  # keep me\n  Text.  \nnext: 1\n',
    operation: { op: 'replace', pointer: '/briefSummary', value: 'Text.' },
    expected: 'briefSummary: |-  # keep me\n  Text.\nnext: 1\n',
  },
  {
    name: 'replace a folded block scalar with a comment on its header',
    text: 'a: >  # folded\n  one\n  two\nb: 1\n',
    operation: { op: 'replace', pointer: '/a', value: 'one two\n' },
    expected: 'a: |  # folded\n  one two\nb: 1\n',
  },
  {
    name: 'replace a block scalar with text a block cannot hold: quoted, the comment kept',
    text: 'a: |-  # keep\n  old\nb: 1\n',
    operation: { op: 'replace', pointer: '/a', value: '  indented first line' },
    expected: 'a: "  indented first line"  # keep\nb: 1\n',
  },
  {
    name: 'replace multi-line text on an inline line: one double-quoted line, the comment kept',
    text: 'a: old # note\n',
    operation: { op: 'replace', pointer: '/a', value: 'one\ntwo\u2028' },
    expected: 'a: "one\\ntwo\\u2028" # note\n',
  },
  // Line breaks: new lines take the file's dominant line break.
  {
    name: 'append to a block sequence in a CRLF file',
    text: 'l:\r\n  - x\r\nb: 1\r\n',
    operation: { op: 'append', pointer: '/l', value: 'y' },
    expected: 'l:\r\n  - x\r\n  - y\r\nb: 1\r\n',
  },
  {
    name: 'add-key in a mostly-CRLF file whose first line ends with LF',
    text: '# header\nm:\r\n  a: 1\r\nb: 1\r\n',
    operation: { op: 'add-key', pointer: '/m', key: 'c', value: ['x'] },
    expected: '# header\nm:\r\n  a: 1\r\n  c:\r\n    - x\r\nb: 1\r\n',
  },
  {
    name: 'replace a block scalar in a CRLF file',
    text: 'a: |  # keep\r\n  one\r\n  two\r\nb: 1\r\n',
    operation: { op: 'replace', pointer: '/a', value: 'one\nthree\n' },
    expected: 'a: |  # keep\r\n  one\r\n  three\r\nb: 1\r\n',
  },
  {
    name: 'add-key in a mostly-LF file whose first line ends with CRLF',
    text: '# header\r\nm:\n  a: 1\nb: 1\n',
    operation: { op: 'add-key', pointer: '/m', key: 'c', value: 2 },
    expected: '# header\r\nm:\n  a: 1\n  c: 2\nb: 1\n',
  },
];

describe('toTextEdit', () => {
  it.each(cases)('$name', ({ text, operation, expected }) => {
    const result = edited(text, operation);
    expect(result).toBe(expected);
    expect(loadTrial(result).ok).toBe(true);
  });
});

describe('applyTextEdits', () => {
  it('applies edits given in any order, and counts them', () => {
    const edits: TextEdit[] = [
      { offset: 6, endOffset: 7, text: 'C' },
      { offset: 0, endOffset: 1, text: 'A' },
      { offset: 3, endOffset: 3, text: '+' },
    ];
    expect(applyTextEdits('abcdefgh', edits)).toEqual({ text: 'Abc+defCh', applied: 3 });
  });

  it('skips an edit that overlaps one already taken, and a second insertion at the same place', () => {
    const edits: TextEdit[] = [
      { offset: 1, endOffset: 4, text: 'X' },
      { offset: 2, endOffset: 5, text: 'Y' },
      { offset: 6, endOffset: 6, text: '1' },
      { offset: 6, endOffset: 6, text: '2' },
      { offset: 6, endOffset: 7, text: 'Z' },
    ];
    expect(applyTextEdits('abcdefgh', edits)).toEqual({ text: 'aXef1Zh', applied: 3 });
  });

  it('skips edits outside the text, and returns the same text when nothing applies', () => {
    const text = 'abc';
    const result = applyTextEdits(text, [{ offset: 2, endOffset: 9, text: 'x' }]);
    expect(result).toEqual({ text, applied: 0 });
  });

  it('applies 100,000 edits to a 1 MB text in one pass (same result as applying them one by one)', () => {
    const text = 'abcdefghij'.repeat(100_000);
    const edits: TextEdit[] = [];
    for (let i = 100_000 - 1; i >= 0; i--)
      edits.push({ offset: i * 10 + 2, endOffset: i * 10 + 3, text: 'C' });
    const result = applyTextEdits(text, edits);
    expect(result.applied).toBe(100_000);
    expect(result.text).toBe('abCdefghij'.repeat(100_000));
  });
});
