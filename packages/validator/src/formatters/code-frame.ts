import type { Colors } from 'picocolors/types.js';
import type { SourceExcerpt } from './source-excerpt.js';

export interface CodeFrameSpan {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

const CONTEXT_BEFORE = 1;
/** Frames print no more of a line than this many characters, then "…". */
export const MAX_LINE_WIDTH = 160;

/**
 * The lines a frame for a finding starting on `line` shows: the line before it for context, and its own (only
 * its first line for a span over several). None past the last of `lineCount` lines.
 */
export function framedLines(line: number, lineCount: number): { first: number; last: number } {
  return { first: Math.max(1, line - CONTEXT_BEFORE), last: Math.min(lineCount, line) };
}

/**
 * A few source lines around a finding with a caret underline, like compilers print:
 *   > 12 |   overallStatus: recruiting
 *        |                  ^^^^^^^^^^
 * `source` must hold the lines `framedLines` names (an excerpt made for this finding, see `sourceExcerpt`).
 */
export function codeFrame(source: SourceExcerpt, span: CodeFrameSpan, colors: Colors): string {
  const { first, last } = framedLines(span.line, source.lineCount);
  const width = String(last).length;
  const out: string[] = [];
  for (let number = first; number <= last; number++) {
    const raw = (source.lines.get(number) ?? '').replace(/\t/g, ' ');
    const text = raw.length > MAX_LINE_WIDTH ? raw.slice(0, MAX_LINE_WIDTH) + '…' : raw;
    const gutter = String(number).padStart(width);
    if (number === span.line) {
      out.push(`${colors.red('>')} ${colors.gray(gutter + ' |')} ${text}`);
      const start = Math.min(span.column, text.length + 1);
      const end =
        span.endLine === span.line
          ? Math.min(Math.max(span.endColumn, start + 1), text.length + 1)
          : text.length + 1;
      const carets = '^'.repeat(Math.max(1, end - start));
      out.push(`  ${colors.gray(' '.repeat(width) + ' |')} ${' '.repeat(start - 1)}${colors.red(carets)}`);
    } else {
      out.push(`  ${colors.gray(gutter + ' |')} ${text}`);
    }
  }
  return out.join('\n');
}
