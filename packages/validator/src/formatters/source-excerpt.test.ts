import fc from 'fast-check';
import pc from 'picocolors';
import type { Colors } from 'picocolors/types.js';
import { describe, expect, it } from 'vitest';
import { codeFrame, type CodeFrameSpan } from './code-frame.js';
import { sourceExcerpt } from './source-excerpt.js';
import { visibleTextWithOffsets } from './visible-text.js';

const at = (line: number, endLine = line): CodeFrameSpan => ({ line, column: 1, endLine, endColumn: 2 });
const numbered = (count: number): string =>
  Array.from({ length: count }, (_, index) => `line ${index + 1}`).join('\n');

/**
 * How frames were made from the whole text before excerpts (kept to check that excerpts print the same), with
 * control characters (a "\r" inside a line) shown as escapes and the carets following them, as frames do now.
 */
function frameFromWholeText(text: string, span: CodeFrameSpan, colors: Colors): string {
  const lines = text.split('\n');
  const first = Math.max(1, span.line - 1);
  const last = Math.min(lines.length, span.line);
  const width = String(last).length;
  const out: string[] = [];
  for (let number = first; number <= last; number++) {
    const raw = (lines[number - 1] ?? '').replace(/\r$/, '').replace(/\t/g, ' ');
    const cut = raw.length > 160 ? raw.slice(0, 160) + '…' : raw;
    const { text, offsets } = visibleTextWithOffsets(cut);
    const gutter = String(number).padStart(width);
    if (number === span.line) {
      out.push(`${colors.red('>')} ${colors.gray(gutter + ' |')} ${text}`);
      const rawStart = Math.min(span.column, cut.length + 1);
      const rawEnd =
        span.endLine === span.line
          ? Math.min(Math.max(span.endColumn, rawStart + 1), cut.length + 1)
          : cut.length + 1;
      const start = (offsets[rawStart - 1] ?? 0) + 1;
      const end = (offsets[rawEnd - 1] ?? 0) + 1;
      const carets = '^'.repeat(Math.max(1, end - start));
      out.push(`  ${colors.gray(' '.repeat(width) + ' |')} ${' '.repeat(start - 1)}${colors.red(carets)}`);
    } else {
      out.push(`  ${colors.gray(gutter + ' |')} ${text}`);
    }
  }
  return out.join('\n');
}

describe('sourceExcerpt', () => {
  it('keeps only the lines frames show: each finding’s first line and the one before it', () => {
    const excerpt = sourceExcerpt(numbered(40) + '\n', [at(1), at(12, 20), at(13), at(30)]);
    expect(excerpt.lineCount).toBe(41);
    expect([...excerpt.lines]).toEqual([
      [1, 'line 1'],
      [11, 'line 11'],
      [12, 'line 12'],
      [13, 'line 13'],
      [29, 'line 29'],
      [30, 'line 30'],
    ]);
  });

  it('keeps nothing without findings, and nothing past the last line', () => {
    expect(sourceExcerpt('a: 1\nb: 2', [])).toEqual({ lineCount: 2, lines: new Map() });
    expect([...sourceExcerpt('a: 1\nb: 2\n', [at(3), at(5)]).lines]).toEqual([
      [2, 'b: 2'],
      [3, ''],
    ]);
    expect(sourceExcerpt('', [at(1)])).toEqual({ lineCount: 1, lines: new Map([[1, '']]) });
  });

  it('ignores line numbers that are not whole (nothing to frame), and keeps the others', () => {
    const text = 'a\nb\nc\nd\ne\nf\n';
    expect([...sourceExcerpt(text, [at(2.5), at(6)]).lines]).toEqual([
      [5, 'e'],
      [6, 'f'],
    ]);
    expect([...sourceExcerpt(text, [at(Number.POSITIVE_INFINITY), at(Number.NaN), at(1)]).lines]).toEqual([
      [1, 'a'],
    ]);
  });

  it('drops the "\\r" of CRLF line ends, and no other', () => {
    const excerpt = sourceExcerpt('a: 1\r\nb: x\ry\r\nc: 2\r\r\nd: 3\r', [at(2), at(4)]);
    expect([...excerpt.lines]).toEqual([
      [1, 'a: 1'],
      [2, 'b: x\ry'],
      [3, 'c: 2\r'],
      [4, 'd: 3'],
    ]);
  });

  it('cuts long lines to one character more than frames print', () => {
    const long = 'k: ' + 'x'.repeat(10_000);
    const excerpt = sourceExcerpt(`${long}\r\n${'y'.repeat(161)}\r\n`, [at(1), at(2)]);
    expect(excerpt.lines.get(1)).toBe(long.slice(0, 161));
    expect(excerpt.lines.get(2)).toBe('y'.repeat(161));
  });

  it('frames print from an excerpt what they printed from the whole text', () => {
    const piece = fc.stringMatching(/^[a-z :\t\r"é😀-]{0,8}$/u);
    // Lines about as long as frames print, to check where they are cut.
    const line = fc.oneof(
      piece,
      fc
        .tuple(piece, fc.integer({ min: 150, max: 165 }), piece)
        .map(([head, length, tail]) => head + 'x'.repeat(length) + tail),
    );
    const colors = pc.createColors(true);
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 12 }).map((lines) => lines.join('\n')),
        fc.array(
          fc.record({
            line: fc.integer({ min: 0, max: 14 }),
            column: fc.integer({ min: 1, max: 180 }),
            lines: fc.integer({ min: 0, max: 2 }),
            endColumn: fc.integer({ min: 1, max: 180 }),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        (text, found) => {
          const spans = found.map(({ line, column, lines, endColumn }) => ({
            line,
            column,
            endLine: line + lines,
            endColumn,
          }));
          const excerpt = sourceExcerpt(text, spans);
          for (const span of spans) {
            expect(codeFrame(excerpt, span, colors)).toBe(frameFromWholeText(text, span, colors));
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
