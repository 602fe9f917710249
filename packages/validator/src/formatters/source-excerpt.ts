import { ownCopy } from '../strings.js';
import { framedLines, MAX_LINE_WIDTH } from './frame-lines.js';

/**
 * The lines of a file that code frames show for its findings, in place of the whole text: a report on thousands
 * of files then holds a few lines per finding until it is printed, not every file with findings. Structured-
 * cloneable: the CLI's worker threads send it back.
 */
export interface SourceExcerpt {
  /** How many lines the file has (text split at each "\n"): frames stop at the last one. */
  lineCount: number;
  /**
   * The text of each line a frame shows, by line number (from 1), without its line break ("\n", or "\r\n") and
   * cut to one character more than frames print (so that they still mark the cut).
   */
  lines: ReadonlyMap<number, string>;
}

/** Keeps from `text` the lines that the code frames of findings at `spans` show (see `codeFrame`). */
export function sourceExcerpt(text: string, spans: Iterable<{ line: number }>): SourceExcerpt {
  // The lines wanted, in order; clamping to the line count is left to the walk below (lines past the end never
  // come), so one pass over the text both counts the lines and keeps the wanted ones.
  const wanted = new Set<number>();
  for (const span of spans) {
    // Frames show whole line numbers only (a span from elsewhere could hold anything).
    if (!Number.isSafeInteger(span.line)) continue;
    const { first, last } = framedLines(span.line, Number.POSITIVE_INFINITY);
    for (let number = first; number <= last; number++) wanted.add(number);
  }
  const order = [...wanted].sort((a, b) => a - b);
  const lines = new Map<number, string>();
  let next = 0;
  let lineCount = 1;
  for (let start = 0; ; lineCount++) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (order[next] === lineCount) {
      lines.set(lineCount, lineText(text, start, end));
      next++;
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  return { lineCount, lines };
}

/** The line of `text` from `start` to `end` (its "\n"), without a "\r" before the "\n", cut to what frames use. */
function lineText(text: string, start: number, end: number): string {
  const stop = end > start && text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
  // A copy, not a slice: V8 keeps the whole text alive as long as a slice of it is.
  return ownCopy(text.slice(start, Math.min(stop, start + MAX_LINE_WIDTH + 1)));
}
