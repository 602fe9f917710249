import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { Position, Range, TextDocument } from 'vscode-languageserver-textdocument';

/** Pieces kept before they are joined into one string again. */
const MAX_PIECES = 256;
/** Line shifts kept before they are applied to the line table. */
const MAX_SHIFTS = 64;

const CR = 13;
const LF = 10;

/**
 * An open document that takes incremental edits in time independent of its size. The library's TextDocument
 * rebuilds its text with `substring` and `+` on every edit, and then reads a character of the result, which makes
 * V8 copy the whole text: 500 edits of a 5 MB record copied 2.5 GB and left the server minutes behind its client.
 * Here the text is a list of pieces (slices share their parent's characters; nothing is copied) that is joined
 * when it is read whole, or when it has grown many pieces. Positions and offsets behave exactly as the library's
 * (a test holds them to it on random edits).
 */
export class PieceTextDocument implements TextDocument {
  private pieces: string[];
  private length: number;
  private lineOffsets: number[] | undefined;
  /**
   * Shifts not yet applied to `lineOffsets`: lines from `shiftFrom[i]` on start `shiftBy[i]` later. Typing shifts
   * every later line by one; applying that to a 100,000-line table on each keystroke was most of a burst's cost.
   */
  private readonly shiftFrom: number[] = [];
  private readonly shiftBy: number[] = [];

  constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    content: string,
  ) {
    this.pieces = [content];
    this.length = content.length;
  }

  get lineCount(): number {
    return this.getLineOffsets().length;
  }

  getText(range?: Range): string {
    const text = this.flat();
    return range ? text.substring(this.offsetAt(range.start), this.offsetAt(range.end)) : text;
  }

  positionAt(offset: number): Position {
    const at = Math.max(Math.min(offset, this.length), 0);
    const lineOffsets = this.getLineOffsets();
    let low = 0;
    let high = lineOffsets.length;
    if (high === 0) return { line: 0, character: at };
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if ((lineOffsets[mid] as number) > at) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    const lineOffset = lineOffsets[line] as number;
    return { line, character: this.beforeLineBreak(at, lineOffset) - lineOffset };
  }

  offsetAt(position: Position): number {
    this.lineOffsets ??= lineStartsIn(this.flat(), true, 0);
    const lines = this.lineOffsets.length;
    if (position.line >= lines) return this.length;
    if (position.line < 0) return 0;
    const lineOffset = this.lineStart(position.line);
    if (position.character <= 0) return lineOffset;
    const nextLineOffset = position.line + 1 < lines ? this.lineStart(position.line + 1) : this.length;
    return this.beforeLineBreak(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
  }

  /** Where a line starts, with the shifts not yet applied. */
  private lineStart(line: number): number {
    let start = (this.lineOffsets as number[])[line] as number;
    for (let i = 0; i < this.shiftFrom.length; i++)
      if (line >= (this.shiftFrom[i] as number)) start += this.shiftBy[i] as number;
    return start;
  }

  getLineRange(line: number): Range {
    const lineOffsets = this.getLineOffsets();
    if (line >= lineOffsets.length) {
      const lastLine = lineOffsets.length - 1;
      return {
        start: { line: lastLine, character: 0 },
        end: { line: lastLine, character: this.length - (lineOffsets[lastLine] as number) },
      };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const start = lineOffsets[line] as number;
    const next = line + 1 < lineOffsets.length ? (lineOffsets[line + 1] as number) : this.length;
    return {
      start: { line, character: 0 },
      end: { line, character: this.beforeLineBreak(next, start) - start },
    };
  }

  getEOLCharacters(line: number): string {
    const lineOffsets = this.getLineOffsets();
    if (line >= lineOffsets.length || line < 0) return '';
    const start = lineOffsets[line] as number;
    const next = line + 1 < lineOffsets.length ? (lineOffsets[line + 1] as number) : this.length;
    return this.flat().substring(this.beforeLineBreak(next, start), next);
  }

  /** Applies changes in order, as the library's `TextDocument.update` does. */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes as ReadonlyArray<{ text?: unknown; range?: Range; rangeLength?: unknown }>) {
      if (typeof change.text === 'string' && change.range !== undefined)
        this.applyEdit(change.range, change.text);
      else if (typeof change.text === 'string' && change.rangeLength === undefined) {
        this.pieces = [change.text];
        this.length = change.text.length;
        this.lineOffsets = undefined;
        this.shiftFrom.length = 0;
        this.shiftBy.length = 0;
      } else throw new Error('Unknown change event received');
    }
    this.version = version;
  }

  private applyEdit(given: Range, text: string): void {
    const range = wellFormed(given);
    const startOffset = this.offsetAt(range.start);
    const endOffset = this.offsetAt(range.end);
    this.splice(startOffset, endOffset, text);
    // The line starts, kept up to date as the library does.
    const startLine = Math.max(range.start.line, 0);
    const endLine = Math.max(range.end.line, 0);
    const added = lineStartsIn(text, false, startOffset);
    if (endLine - startLine === added.length) {
      const lineOffsets = this.lineOffsets as number[];
      // Stored without the pending shifts, which reading adds.
      for (let i = 0; i < added.length; i++) {
        const line = i + startLine + 1;
        lineOffsets[line] = (added[i] as number) - (this.lineStart(line) - (lineOffsets[line] as number));
      }
    } else {
      let lineOffsets = this.getLineOffsets();
      if (added.length < 10_000) lineOffsets.splice(startLine + 1, endLine - startLine, ...added);
      else lineOffsets = lineOffsets.slice(0, startLine + 1).concat(added, lineOffsets.slice(endLine + 1));
      this.lineOffsets = lineOffsets;
    }
    const diff = text.length - (endOffset - startOffset);
    if (diff !== 0) {
      this.shiftFrom.push(startLine + 1 + added.length);
      this.shiftBy.push(diff);
      if (this.shiftFrom.length > MAX_SHIFTS) this.getLineOffsets();
    }
  }

  /** Replaces `[start, end)` with `text`, keeping the pieces before and after as slices. */
  private splice(start: number, end: number, text: string): void {
    const next: string[] = [];
    let at = 0;
    let inserted = false;
    for (const piece of this.pieces) {
      const pieceEnd = at + piece.length;
      if (pieceEnd <= start || at >= end) {
        // Wholly before or after the edit (an empty edit at a boundary goes before the later piece).
        if (!inserted && at >= end && at >= start) {
          if (text) next.push(text);
          inserted = true;
        }
        if (piece) next.push(piece);
      } else {
        if (start > at) next.push(piece.slice(0, start - at));
        if (!inserted) {
          if (text) next.push(text);
          inserted = true;
        }
        if (end < pieceEnd) next.push(piece.slice(end - at));
      }
      at = pieceEnd;
    }
    if (!inserted && text) next.push(text);
    this.pieces = next.length > MAX_PIECES ? [next.join('')] : next;
    this.length += text.length - (end - start);
  }

  /** The whole text as one string (joined once, then kept). */
  private flat(): string {
    if (this.pieces.length !== 1) this.pieces = [this.pieces.join('')];
    return this.pieces[0] ?? '';
  }

  private charCodeAt(offset: number): number {
    let at = 0;
    for (const piece of this.pieces) {
      if (offset < at + piece.length) return piece.charCodeAt(offset - at);
      at += piece.length;
    }
    return Number.NaN;
  }

  private beforeLineBreak(offset: number, lineOffset: number): number {
    let at = offset;
    while (at > lineOffset && isLineBreak(this.charCodeAt(at - 1))) at--;
    return at;
  }

  /** The line starts, with every pending shift applied. */
  private getLineOffsets(): number[] {
    this.lineOffsets ??= lineStartsIn(this.flat(), true, 0);
    const lineOffsets = this.lineOffsets;
    if (!this.shiftFrom.length) return lineOffsets;
    // All shifts in one pass: each starts a running sum at its first line.
    const startsAt = new Map<number, number>();
    let first = lineOffsets.length;
    for (let i = 0; i < this.shiftFrom.length; i++) {
      const from = this.shiftFrom[i] as number;
      startsAt.set(from, (startsAt.get(from) ?? 0) + (this.shiftBy[i] as number));
      first = Math.min(first, from);
    }
    let by = 0;
    for (let line = Math.max(first, 0); line < lineOffsets.length; line++) {
      by += startsAt.get(line) ?? 0;
      lineOffsets[line] = (lineOffsets[line] as number) + by;
    }
    this.shiftFrom.length = 0;
    this.shiftBy.length = 0;
    return lineOffsets;
  }
}

function isLineBreak(code: number): boolean {
  return code === CR || code === LF;
}

/** Offsets where lines start in `text` (placed at `offset`), as the library counts them (`\r\n`, `\n`, `\r`). */
function lineStartsIn(text: string, atLineStart: boolean, offset: number): number[] {
  const result = atLineStart ? [offset] : [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isLineBreak(code)) {
      if (code === CR && i + 1 < text.length && text.charCodeAt(i + 1) === LF) i++;
      result.push(offset + i + 1);
    }
  }
  return result;
}

function wellFormed(range: Range): Range {
  const { start, end } = range;
  if (start.line > end.line || (start.line === end.line && start.character > end.character))
    return { start: end, end: start };
  return range;
}

/** The configuration `TextDocuments` takes to keep open documents as {@link PieceTextDocument}s. */
export const pieceTextDocuments = {
  create(uri: string, languageId: string, version: number, content: string): PieceTextDocument {
    return new PieceTextDocument(uri, languageId, version, content);
  },
  update(
    document: PieceTextDocument,
    changes: TextDocumentContentChangeEvent[],
    version: number,
  ): PieceTextDocument {
    document.update(changes, version);
    return document;
  },
};
