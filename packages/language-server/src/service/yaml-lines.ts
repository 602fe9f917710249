/**
 * A tolerant, line-by-line reading of block YAML: what each line opens (list dashes, a key, a scalar) and at
 * which column. It needs no parse of the whole file, so it works on text that does not parse (while typing) and
 * costs only the lines it looks at, which keeps the cursor lookups fast on multi-megabyte records.
 */

/** What a line holds after its indentation and its list dashes. */
export interface LineContent {
  /** Offset where the content starts (after dashes and spaces). */
  start: number;
  /** Offset where the content ends: before a trailing comment and trailing blanks. */
  end: number;
  /** The key, when the content is `key:` or `key: value`. */
  key?: {
    /** The key as YAML reads it (quotes removed). */
    name: string;
    start: number;
    end: number;
    /** Offset just after the `:`. */
    colon: number;
  };
  /** The inline value after `key:`, or the whole content when there is no key. */
  value?: { start: number; end: number; kind: ValueKind };
}

/** How an inline value is written. */
export type ValueKind = 'plain' | 'quoted' | 'block' | 'flow';

export interface LineInfo {
  /** Offset of the first character of the line. */
  start: number;
  /** Offset of the line end (before `\r\n` or `\n`). */
  end: number;
  /** Column of the first character that is not a space; -1 for blank lines. */
  indent: number;
  /** True for lines with nothing but blanks or a comment. */
  empty: boolean;
  /** Columns of the list dashes (`- `) that open the line, outermost first. */
  dashes: number[];
  /** What follows the dashes, if anything. */
  content?: LineContent;
}

/** Offset of the start of the line holding `offset`. */
export function lineStartAt(text: string, offset: number): number {
  // lastIndexOf clamps a negative start to 0 and would still look at the first character.
  return offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset of the end of the line starting at `start` (before any `\r`). */
export function lineEndFrom(text: string, start: number): number {
  let end = text.indexOf('\n', start);
  if (end === -1) end = text.length;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return end;
}

/** Offset of the start of the previous line, or -1 at the first line. */
export function previousLineStart(text: string, lineStart: number): number {
  if (lineStart <= 0) return -1;
  if (lineStart === 1) return 0;
  return text.lastIndexOf('\n', lineStart - 2) + 1;
}

/** Offset of the start of the next line, or -1 at the last line. */
export function nextLineStart(text: string, lineStart: number): number {
  const at = text.indexOf('\n', lineStart);
  return at === -1 ? -1 : at + 1;
}

/** Column of the first non-space character of the line, or -1 when it is blank or a comment. */
export function quickIndent(text: string, lineStart: number): number {
  let at = lineStart;
  for (;;) {
    const code = text.charCodeAt(at);
    if (code === 32) {
      at++;
      continue;
    }
    // End of text, LF, CR or a comment: an empty line for structure.
    if (Number.isNaN(code) || code === 10 || code === 13 || code === 35) return -1;
    return at - lineStart;
  }
}

function isBlankCode(code: number): boolean {
  return code === 32 || code === 9;
}

/** End of a quoted scalar starting at `start` (just after the closing quote), or `limit` when unclosed. */
function quotedEnd(text: string, start: number, limit: number): number {
  const quote = text.charCodeAt(start);
  let at = start + 1;
  while (at < limit) {
    const code = text.charCodeAt(at);
    if (quote === 34 /* " */ && code === 92 /* \ */) {
      at += 2;
      continue;
    }
    if (code === quote) {
      if (quote === 39 /* ' */ && text.charCodeAt(at + 1) === 39) {
        at += 2;
        continue;
      }
      return at + 1;
    }
    at++;
  }
  return limit;
}

/** End of the content before a ` #` comment, with trailing blanks trimmed. */
function contentEnd(text: string, from: number, limit: number): number {
  let at = from;
  let end = limit;
  while (at < limit) {
    const code = text.charCodeAt(at);
    if (code === 35 /* # */ && (at === from || isBlankCode(text.charCodeAt(at - 1)))) {
      end = at;
      break;
    }
    at++;
  }
  while (end > from && isBlankCode(text.charCodeAt(end - 1))) end--;
  return end;
}

function valueKind(text: string, start: number): ValueKind {
  const code = text.charCodeAt(start);
  if (code === 34 || code === 39) return 'quoted';
  if (code === 124 /* | */ || code === 62 /* > */) return 'block';
  if (code === 91 /* [ */ || code === 123 /* { */) return 'flow';
  return 'plain';
}

/** The unquoted text of a scalar written as `raw` (plain, single- or double-quoted). */
export function unquote(raw: string): string {
  if (raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"')) {
    try {
      return JSON.parse(raw) as string;
    } catch {
      return raw.slice(1, -1);
    }
  }
  if (raw.length >= 2 && raw.startsWith("'") && raw.endsWith("'"))
    return raw.slice(1, -1).replace(/''/g, "'");
  return raw;
}

/** Reads the value part of `key: value` (or a whole item) from `from` to the line end. */
function readValue(
  text: string,
  from: number,
  lineEnd: number,
): { start: number; end: number; kind: ValueKind } | undefined {
  let at = from;
  while (at < lineEnd && isBlankCode(text.charCodeAt(at))) at++;
  if (at >= lineEnd || text.charCodeAt(at) === 35) return undefined;
  const kind = valueKind(text, at);
  if (kind === 'quoted') {
    const close = quotedEnd(text, at, lineEnd);
    return { start: at, end: Math.max(close, contentEnd(text, close, lineEnd)), kind };
  }
  return { start: at, end: contentEnd(text, at, lineEnd), kind };
}

/** Reads one line. */
export function readLine(text: string, lineStart: number): LineInfo {
  const end = lineEndFrom(text, lineStart);
  let at = lineStart;
  while (at < end && text.charCodeAt(at) === 32) at++;
  if (at >= end || text.charCodeAt(at) === 35) {
    return { start: lineStart, end, indent: at >= end ? -1 : at - lineStart, empty: true, dashes: [] };
  }
  const indent = at - lineStart;
  const dashes: number[] = [];
  // "- " (or a dash at the end of the line) opens a list item; several may share a line.
  while (text.charCodeAt(at) === 45 /* - */ && (at + 1 >= end || isBlankCode(text.charCodeAt(at + 1)))) {
    dashes.push(at - lineStart);
    at++;
    while (at < end && isBlankCode(text.charCodeAt(at))) at++;
  }
  if (at >= end || text.charCodeAt(at) === 35) return { start: lineStart, end, indent, empty: false, dashes };
  const content = readContent(text, at, end);
  return { start: lineStart, end, indent, empty: false, dashes, content };
}

function readContent(text: string, start: number, lineEnd: number): LineContent {
  const first = text.charCodeAt(start);
  // A quoted key: "a b": value
  if (first === 34 || first === 39) {
    const close = quotedEnd(text, start, lineEnd);
    let at = close;
    while (at < lineEnd && isBlankCode(text.charCodeAt(at))) at++;
    if (
      at < lineEnd &&
      text.charCodeAt(at) === 58 &&
      (at + 1 >= lineEnd || isBlankCode(text.charCodeAt(at + 1)))
    ) {
      const value = readValue(text, at + 1, lineEnd);
      return {
        start,
        end: value?.end ?? at + 1,
        key: { name: unquote(text.slice(start, close)), start, end: close, colon: at + 1 },
        ...(value ? { value } : {}),
      };
    }
    const value = readValue(text, start, lineEnd);
    return { start, end: value?.end ?? close, ...(value ? { value } : {}) };
  }
  // Flow collections and block scalar headers hold no key.
  if (first === 91 || first === 123 || first === 124 || first === 62) {
    const value = readValue(text, start, lineEnd);
    return { start, end: value?.end ?? start, ...(value ? { value } : {}) };
  }
  // A plain key ends at the first ": " (or ":" at the end of the line), before any comment.
  const end = contentEnd(text, start, lineEnd);
  for (let at = start; at < end; at++) {
    if (text.charCodeAt(at) !== 58) continue;
    if (at + 1 < end && !isBlankCode(text.charCodeAt(at + 1))) continue;
    let keyEnd = at;
    while (keyEnd > start && isBlankCode(text.charCodeAt(keyEnd - 1))) keyEnd--;
    const value = readValue(text, at + 1, lineEnd);
    return {
      start,
      end: value?.end ?? at + 1,
      key: { name: text.slice(start, keyEnd), start, end: keyEnd, colon: at + 1 },
      ...(value ? { value } : {}),
    };
  }
  return { start, end, value: { start, end, kind: 'plain' } };
}
