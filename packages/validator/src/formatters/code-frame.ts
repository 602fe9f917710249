import type { Colors } from 'picocolors/types.js';
import { framedLines, MAX_LINE_WIDTH } from './frame-lines.js';
import type { SourceExcerpt } from './source-excerpt.js';

export interface CodeFrameSpan {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
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
