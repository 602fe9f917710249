import type { LineCounter } from 'yaml';

/**
 * A span of the source text. Lines and columns are 1-based; columns count UTF-16 code units (as editors and
 * LSP do) and the end is exclusive. A BOM is not part of the text, so column 1 is the first visible character.
 */
export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** 0-based offsets into the decoded text (without BOM), end exclusive. */
  offset: number;
  endOffset: number;
}

/** Builds a range from text offsets using the line table of the parse. */
export function rangeFromOffsets(lineCounter: LineCounter, start: number, end: number): SourceRange {
  const from = lineCounter.linePos(start);
  const to = lineCounter.linePos(Math.max(start, end));
  return {
    line: from.line,
    column: from.col,
    endLine: to.line,
    endColumn: to.col,
    offset: start,
    endOffset: end,
  };
}

/** Line table for text that has not been (or could not be) parsed by `yaml`. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Converts an offset to a 1-based line/column using precomputed line starts. */
export function positionAt(lineStarts: readonly number[], offset: number): { line: number; col: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, col: offset - (lineStarts[low] ?? 0) + 1 };
}
