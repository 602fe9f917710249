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

/** Offsets of the first character of every line. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Converts an offset to a 1-based line/column using precomputed line starts. */
export function positionAt(lineStarts: ArrayLike<number>, offset: number): { line: number; col: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, col: offset - (lineStarts[low] ?? 0) + 1 };
}

/**
 * Offsets → lines and columns for one text, built from the text itself rather than from the parser's view of
 * it (which can miss line breaks inside broken tokens).
 */
export class LineTable {
  private readonly starts: ArrayLike<number>;

  /** `lineStarts`, when given, must be `lineStartsOf(text)` (the block reader records them as it reads). */
  constructor(
    private readonly text: string,
    lineStarts?: ArrayLike<number>,
  ) {
    this.starts = lineStarts ?? lineStartsOf(text);
  }

  /** A range for `[start, end)`, clamped to the text. */
  range(start: number, end: number): SourceRange {
    const from = Math.max(0, Math.min(start, this.text.length));
    const to = Math.max(from, Math.min(end, this.text.length));
    const a = positionAt(this.starts, from);
    const b = positionAt(this.starts, to);
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col, offset: from, endOffset: to };
  }
}
