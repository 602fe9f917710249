import type { Colors } from 'picocolors/types.js';

export interface CodeFrameSpan {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

const CONTEXT_BEFORE = 1;
const MAX_LINE_WIDTH = 160;

/**
 * A few source lines around a finding with a caret underline, like compilers print:
 *   > 12 |   overallStatus: recruiting
 *        |                  ^^^^^^^^^^
 */
export function codeFrame(lines: readonly string[], span: CodeFrameSpan, colors: Colors): string {
  const first = Math.max(1, span.line - CONTEXT_BEFORE);
  const last = Math.min(lines.length, span.line);
  const width = String(last).length;
  const out: string[] = [];
  for (let number = first; number <= last; number++) {
    const raw = (lines[number - 1] ?? '').replace(/\r$/, '').replace(/\t/g, ' ');
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
