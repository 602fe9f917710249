import { FoldingRangeKind } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { setup, trialDocument } from '../../test/helpers.js';

const service = setup();
const fold = (text: string, rangeLimit?: number) =>
  service.getFoldingRanges(trialDocument(text), rangeLimit === undefined ? {} : { rangeLimit });

describe('folding ranges', () => {
  const cases: Array<[string, string, Array<[number, number, string?]>]> = [
    [
      'a module and a nested mapping',
      'statusModule:\n  overallStatus: X\n  startDateStruct:\n    date: 2020\n',
      [
        [0, 3],
        [2, 3],
      ],
    ],
    [
      'list items with several lines',
      'a:\n  list:\n    - x: 1\n      y: 2\n    - x: 3\n      y: 4\n',
      [
        [0, 5],
        [1, 5],
        [2, 3],
        [4, 5],
      ],
    ],
    [
      'a list at its key column',
      'a:\n  list:\n  - x\n  - y\n  other: 1\n',
      [
        [0, 4],
        [1, 3],
      ],
    ],
    [
      'a block scalar with blank lines',
      'd:\n  summary: |\n    one\n\n    two\n  next: 1\n',
      [
        [0, 5],
        [1, 4],
      ],
    ],
    [
      'runs of comments',
      '# one\n# two\na: 1\n# single\nb:\n  c: 1\n',
      [
        [0, 1, FoldingRangeKind.Comment],
        [4, 5],
      ],
    ],
    ['trailing blank lines are not folded', 'a:\n  b: 1\n\n\n', [[0, 1]]],
    ['CRLF', 'a:\r\n  b: 1\r\n', [[0, 1]]],
  ];

  it.each(cases)('%s', (_name, text, expected) => {
    expect(fold(text)).toEqual(
      expected.map(([startLine, endLine, kind]) => ({ startLine, endLine, ...(kind ? { kind } : {}) })),
    );
  });

  it('keeps the outermost ranges within the client limit', () => {
    expect(fold('a:\n  list:\n    - x: 1\n      y: 2\n    - x: 3\n      y: 4\n', 2)).toEqual([
      { startLine: 0, endLine: 5 },
      { startLine: 1, endLine: 5 },
    ]);
  });

  it('works on text that does not parse', () => {
    expect(fold('a:\n  b: [\n  c:\n    d\n')).toEqual([
      { startLine: 0, endLine: 3 },
      { startLine: 2, endLine: 3 },
    ]);
  });
});
