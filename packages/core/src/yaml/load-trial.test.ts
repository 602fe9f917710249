import { describe, expect, it } from 'vitest';
import { loadTrial } from './load-trial.js';
import type { ReadProblemCode } from './read-problem.js';

const bomb = [
  'a: &a [x, x, x, x, x, x, x, x, x]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
].join('\n');

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

interface BadInput {
  name: string;
  input: string | Uint8Array;
  code: ReadProblemCode;
  message: RegExp;
  line: number;
  column: number;
  maxBytes?: number;
}

const badInputs: BadInput[] = [
  {
    name: 'unclosed flow sequence',
    input: 'statusModule:\n  phases: [PHASE1\n',
    code: 'syntax-error',
    message: /YAML syntax error: .*\]/,
    line: 3,
    column: 1,
  },
  {
    name: 'duplicate key',
    input: 'statusModule:\n  overallStatus: RECRUITING\n  overallStatus: COMPLETED\n',
    code: 'duplicate-key',
    message: /Duplicate key "overallStatus"/,
    line: 3,
    column: 3,
  },
  {
    name: 'tab indentation',
    input: 'statusModule:\n\toverallStatus: RECRUITING\n',
    code: 'tab-indentation',
    message: /tab is used for indentation/,
    line: 2,
    column: 1,
  },
  {
    name: 'list at the root',
    input: '- identificationModule\n',
    code: 'root-not-mapping',
    message: /holds a list/,
    line: 1,
    column: 1,
  },
  {
    name: 'scalar at the root',
    input: 'just text\n',
    code: 'root-not-mapping',
    message: /single string value/,
    line: 1,
    column: 1,
  },
  { name: 'empty file', input: '', code: 'root-not-mapping', message: /empty/, line: 1, column: 1 },
  {
    name: 'comments only',
    input: '# nothing here\n',
    code: 'root-not-mapping',
    message: /empty/,
    line: 1,
    column: 1,
  },
  {
    name: 'two documents',
    input: 'a: 1\n---\nb: 2\n',
    code: 'multiple-documents',
    message: /2 YAML documents/,
    line: 2,
    column: 1,
  },
  {
    name: 'alias bomb',
    input: bomb,
    code: 'alias-limit',
    message: /more than 100 copies/,
    line: 2,
    column: 8,
  },
  {
    name: 'too large',
    input: 'a: ' + 'x'.repeat(2000),
    maxBytes: 1000,
    code: 'file-too-large',
    message: /more than the 0\.0 MB/,
    line: 1,
    column: 1,
  },
  {
    name: 'binary (NUL bytes)',
    input: bytes(0x61, 0x3a, 0x20, 0x00, 0x01, 0x02),
    code: 'binary-file',
    message: /binary file/,
    line: 1,
    column: 4,
  },
  {
    name: 'invalid UTF-8',
    input: bytes(...utf8('a: ok\nb: caf'), 0xe9, 0x0a),
    code: 'invalid-encoding',
    message: /Byte 0xE9 is not valid UTF-8/,
    line: 2,
    column: 7,
  },
  {
    name: 'truncated UTF-8 sequence',
    input: bytes(...utf8('a: '), 0xe2, 0x82),
    code: 'invalid-encoding',
    message: /Byte 0xE2/,
    line: 1,
    column: 4,
  },
  {
    name: 'UTF-16 file',
    input: bytes(0xff, 0xfe, 0x61, 0x00),
    code: 'invalid-encoding',
    message: /UTF-16/,
    line: 1,
    column: 1,
  },
  {
    name: 'flow nesting too deep',
    input: '['.repeat(20000),
    code: 'syntax-error',
    message: /nests more than 200 levels deep/,
    line: 1,
    column: 201,
  },
  {
    name: 'flow mappings nested too deep (minutes of parsing otherwise)',
    input: 'a: ' + '{'.repeat(20000),
    code: 'syntax-error',
    message: /nests more than 200 levels deep/,
    line: 1,
    column: 204,
  },
  {
    name: 'block sequences nested too deep',
    input: '- '.repeat(20000),
    code: 'syntax-error',
    message: /nests more than 200 levels deep/,
    line: 1,
    column: 401,
  },
  {
    name: 'indentation nested too deep',
    input: Array.from({ length: 300 }, (_, i) => ' '.repeat(i) + 'a:').join('\n'),
    code: 'syntax-error',
    message: /nests more than 200 levels deep/,
    line: 202,
    column: 201,
  },
  {
    name: 'unknown tag',
    input: 'a: !shout hello\n',
    code: 'unsupported-yaml',
    message: /tag/i,
    line: 1,
    column: 4,
  },
];

describe('loadTrial with bad input', () => {
  it.each(badInputs)('$name → $code at $line:$column', ({ input, code, message, line, column, maxBytes }) => {
    const loaded = loadTrial(input, maxBytes === undefined ? {} : { maxBytes });
    const problem = loaded.problems.find((candidate) => candidate.code === code);
    expect(problem, JSON.stringify(loaded.problems)).toBeDefined();
    expect(problem?.message).toMatch(message);
    expect([problem?.range.line, problem?.range.column]).toEqual([line, column]);
    if (problem?.severity === 'error') expect(loaded.ok).toBe(false);
  });

  it('caps a flood of syntax errors and says how many more there are', () => {
    const loaded = loadTrial('['.repeat(150) + ']]'.repeat(300));
    expect(loaded.problems.length).toBeLessThanOrEqual(12);
    expect(loaded.problems.at(-1)?.message).toMatch(/^\d+ more YAML syntax errors follow/);
  });

  it('never throws, whatever the bytes', () => {
    let seed = 7;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = [
      'a',
      ':',
      ' ',
      '\n',
      '- ',
      '[',
      ']',
      '{',
      '}',
      '&x ',
      '*x',
      '"',
      "'",
      '|',
      '>',
      '#',
      '\t',
      '\r\n',
      '---',
      '!!str ',
      '?',
      ',',
    ];
    for (let i = 0; i < 500; i++) {
      const text = Array.from(
        { length: 1 + Math.floor(random() * 40) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join('');
      expect(() => {
        const loaded = loadTrial(text);
        loaded.rangeOf('/a/0/b');
      }).not.toThrow();
    }
  });
});

describe('loadTrial positions', () => {
  const text = [
    'identificationModule:',
    '  briefTitle: A study',
    'statusModule:',
    '  overallStatus: RECRUITING',
    '  startDateStruct:',
    '    date: 2024-01',
    'armsInterventionsModule:',
    '  armGroups:',
    '    - label: Arm A',
    '      interventionNames:',
    '        - "Drug: X"',
    '',
  ].join('\n');

  it.each([
    ['/identificationModule/briefTitle', 'value', [2, 15, 2, 22]],
    ['/identificationModule/briefTitle', 'key', [2, 3, 2, 13]],
    ['/statusModule/startDateStruct/date', 'value', [6, 11, 6, 18]],
    ['/statusModule/startDateStruct', 'value', [5, 3, 5, 18]],
    ['/armsInterventionsModule/armGroups/0', 'value', [9, 7, 9, 19]],
    ['/armsInterventionsModule/armGroups/0/interventionNames/0', 'value', [11, 11, 11, 20]],
    ['/statusModule/whyStopped', 'value', [3, 1, 3, 13]],
    ['/armsInterventionsModule/armGroups/5/label', 'value', [8, 3, 8, 12]],
    ['', 'value', [1, 1, 1, 22]],
  ] as const)('%s (%s) → %j', (pointer, target, [line, column, endLine, endColumn]) => {
    const range = loadTrial(text).rangeOf(pointer, target);
    expect([range.line, range.column, range.endLine, range.endColumn]).toEqual([
      line,
      column,
      endLine,
      endColumn,
    ]);
  });

  it('gives the same columns with CRLF line endings and a BOM', () => {
    const crlf = loadTrial('\uFEFF' + text.replace(/\n/g, '\r\n'));
    expect(crlf.problems).toEqual([]);
    expect(crlf.hadBom).toBe(true);
    expect(crlf.lineEnding).toBe('\r\n');
    const range = crlf.rangeOf('/statusModule/overallStatus');
    expect([range.line, range.column, range.endLine, range.endColumn]).toEqual([4, 18, 4, 28]);
    const item = crlf.rangeOf('/armsInterventionsModule/armGroups/0');
    expect([item.line, item.column, item.endLine, item.endColumn]).toEqual([9, 7, 9, 19]);
  });

  it('reads BOM-prefixed bytes and reports positions after the BOM', () => {
    const loaded = loadTrial(bytes(0xef, 0xbb, 0xbf, ...utf8('a: b\nc: d\n')));
    expect(loaded.data).toEqual({ a: 'b', c: 'd' });
    expect(loaded.rangeOf('/c').column).toBe(4);
  });

  it('keeps YAML 1.2 scalars: dates stay text, "no" stays text, 0777 is a number', () => {
    const loaded = loadTrial('a: 2024-01-15\nb: no\nc: 0777\nd: "0777"\n');
    expect(loaded.data).toEqual({ a: '2024-01-15', b: 'no', c: 777, d: '0777' });
  });
});
