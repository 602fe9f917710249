import type { Colors } from 'picocolors/types.js';
import { framedLines, MAX_LINE_WIDTH } from './frame-lines.js';
import type { SourceExcerpt } from './source-excerpt.js';
import { visibleTextWithOffsets } from './visible-text.js';

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
    const cut = raw.length > MAX_LINE_WIDTH ? raw.slice(0, MAX_LINE_WIDTH) + '…' : raw;
    // Control characters of the source (a comment, a value) shown as escapes; the carets follow them.
    const { text, offsets } = visibleTextWithOffsets(cut);
    const gutter = String(number).padStart(width);
    if (number === span.line) {
      out.push(`${colors.red('>')} ${colors.gray(gutter + ' |')} ${text}`);
      const rawStart = Math.min(span.column, cut.length + 1);
      const rawEnd =
        span.endLine === span.line
          ? Math.min(Math.max(span.endColumn, rawStart + 1), cut.length + 1)
          : cut.length + 1;
      const start = (offsets[rawStart - 1] ?? text.length) + 1;
      const end = (offsets[rawEnd - 1] ?? text.length) + 1;
      const carets = '^'.repeat(Math.max(1, end - start));
      out.push(`  ${colors.gray(' '.repeat(width) + ' |')} ${' '.repeat(start - 1)}${colors.red(carets)}`);
    } else {
      out.push(`  ${colors.gray(gutter + ' |')} ${text}`);
    }
  }
  return out.join('\n');
}
