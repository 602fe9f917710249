import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver';

/**
 * Conversions between the positions of the editor and those of core and the validator.
 *
 * - LSP positions are 0-based lines and 0-based UTF-16 character offsets, and so are `TextDocument` offsets.
 * - Core ranges (`SourceRange`, lint findings) are 1-based lines and columns with an exclusive end, and their
 *   offsets index the decoded text *without* a byte-order mark. Columns count UTF-16 code units, as LSP does.
 *
 * A document that starts with a BOM (editors normally strip it, but not every client does) therefore has every
 * core offset shifted by one, and every column of its first line.
 */

/** 1 when the text starts with a byte-order mark, else 0. */
export function bomLength(text: string): number {
  return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

/** A 1-based, end-exclusive line/column span, as core and the validator report them. */
export interface OneBasedSpan {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** The LSP range of a core span (1-based lines and columns, end exclusive). */
export function rangeFromSpan(span: OneBasedSpan, bom = 0): Range {
  return {
    start: { line: span.line - 1, character: span.column - 1 + (span.line === 1 ? bom : 0) },
    end: { line: span.endLine - 1, character: span.endColumn - 1 + (span.endLine === 1 ? bom : 0) },
  };
}

/** The LSP range of `[start, end)` given as offsets into the text without BOM. */
export function rangeFromOffsets(document: TextDocument, start: number, end: number, bom = 0): Range {
  return { start: document.positionAt(start + bom), end: document.positionAt(end + bom) };
}

/** The offset of an LSP position in the document's text (BOM included), clamped to the text. */
export function offsetOf(document: TextDocument, position: Position): number {
  return document.offsetAt(position);
}

/** Whether two ranges share at least one position (touching counts, so a caret at the end of a range hits it). */
export function rangesTouch(a: Range, b: Range): boolean {
  return !isBefore(a.end, b.start) && !isBefore(b.end, a.start);
}

/** Whether two ranges are the same. */
export function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

function isBefore(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/**
 * The smallest single edit that turns `before` into `after`: the common prefix and suffix are kept. Offsets
 * are into `before`. Undefined when the texts are equal.
 */
export function minimalEdit(
  before: string,
  after: string,
): { offset: number; endOffset: number; text: string } | undefined {
  if (before === after) return undefined;
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // Never split a surrogate pair or a CRLF.
  if (start > 0 && isLowSurrogateOrLf(before, start)) start--;
  let endBefore = before.length;
  let endAfter = after.length;
  while (
    endBefore > start &&
    endAfter > start &&
    before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)
  ) {
    endBefore--;
    endAfter--;
  }
  if (endBefore < before.length && isLowSurrogateOrLf(before, endBefore)) {
    endBefore++;
    endAfter++;
  }
  return { offset: start, endOffset: endBefore, text: after.slice(start, endAfter) };
}

function isLowSurrogateOrLf(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  const previous = text.charCodeAt(index - 1);
  return (code >= 0xdc00 && code <= 0xdfff) || (code === 10 && previous === 13);
}
