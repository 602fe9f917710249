import { describe, expect, it } from 'vitest';
import type { FileReport } from '../findings.js';
import { codeFrame, type CodeFrameSpan } from './code-frame.js';
import { formatters } from './index.js';
import { sourceExcerpt } from './source-excerpt.js';
import pc from 'picocolors';

const result: FileReport = {
  filePath: '/work/a.trial.yaml',
  errorCount: 1,
  warningCount: 1,
  infoCount: 0,
  findings: [
    {
      ruleId: 'schema',
      severity: 'error',
      message: 'Bad value.',
      pointer: '/a',
      line: 1,
      column: 4,
      endLine: 1,
      endColumn: 7,
    },
    {
      ruleId: 'some-rule',
      severity: 'warning',
      message: 'Hmm.',
      pointer: '/b',
      line: 2,
      column: 1,
      endLine: 2,
      endColumn: 2,
    },
  ],
};

describe('formatters', () => {
  it('stylish: relative path, position, severity, message, rule id, code frame and a summary', () => {
    const text = formatters.stylish([result], {
      cwd: '/work',
      color: false,
      excerptOf: () => sourceExcerpt('a: bad\nb: 1\n', result.findings),
    });
    expect(text).toBe(
      [
        'a.trial.yaml',
        '  1:4  error  Bad value.  schema',
        '    > 1 | a: bad',
        '        |    ^^^',
        '  2:1  warning  Hmm.  some-rule',
        '      1 | a: bad',
        '    > 2 | b: 1',
        '        | ^',
        '',
        '✖ 2 problems (1 error, 1 warning, 0 infos)',
        '',
      ].join('\n'),
    );
  });

  it('stylish prints nothing when there is nothing to say', () => {
    expect(
      formatters.stylish([{ ...result, errorCount: 0, warningCount: 0, findings: [] }], {
        cwd: '/',
        color: false,
      }),
    ).toBe('');
  });

  it('json follows the contract field by field', () => {
    // The contract calls a file's findings `messages`.
    const { findings, ...counts } = result;
    expect(JSON.parse(formatters.json([result], { cwd: '/', color: false }))).toEqual([
      { ...counts, messages: findings },
    ]);
  });

  it('code frames clamp carets to the line and show multi-line spans to the end of the first line', () => {
    const colors = pc.createColors(false);
    const frame = (span: CodeFrameSpan) => codeFrame(sourceExcerpt('abc', [span]), span, colors);
    expect(frame({ line: 1, column: 2, endLine: 3, endColumn: 1 })).toBe('> 1 | abc\n    |  ^^');
    expect(frame({ line: 1, column: 9, endLine: 1, endColumn: 12 })).toBe('> 1 | abc\n    |    ^');
  });
});
