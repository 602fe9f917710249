import { encodePointer, type PathSegment } from '@trialyaml/core';
import {
  lineStartAt,
  nextLineStart,
  previousLineStart,
  quickIndent,
  readLine,
  type LineInfo,
  type ValueKind,
} from './yaml-lines.js';

/**
 * Where the cursor is in a trial file, in terms of the data: the JSON path it is on and whether it is on a key,
 * a value or a new list item. Read from the lines around the cursor (indentation and `- ` / `key:` markers),
 * never from a parse of the whole file, so it works while the text is being typed and does not parse, and it
 * costs the same on a 2 MB record as on a small one.
 */
export interface CursorContext {
  /**
   * - `key`: on a mapping key, or where one is being typed (a blank line, a partial word). The key's mapping is
   *   `mapPath`; `path` is the key's value.
   * - `value`: on the scalar value of `path` (after `key:`, inside a flow list, or in a block scalar).
   * - `item`: on a list item that has no `key:` yet (`- ` or `- text`): it may become a scalar or a mapping.
   * - `none`: in a comment, in indentation, or nowhere useful.
   */
  position: 'key' | 'value' | 'item' | 'none';
  /** The path of the node under the cursor (the key's value for `key`). */
  path: PathSegment[];
  /** For `key`: the mapping the key belongs to (`path` without its last segment). */
  mapPath: PathSegment[];
  /** The key under the cursor (`key`), or whose value the cursor is in (`value` after `key:`). */
  key?: string;
  /** Whether the key under the cursor is already followed by a colon. */
  hasColon: boolean;
  /** The text from the start of the token under the cursor to the cursor. */
  prefix: string;
  /** The span a completion replaces: the whole token under the cursor (offsets into the text). */
  replace: { start: number; end: number };
  /** Column where the keys of `mapPath` start (where a new key at the cursor goes). */
  column: number;
  /** The keys already present in `mapPath` (for `key`), the one under the cursor excluded. */
  presentKeys: string[];
  /** For `value`: the cursor is in a block scalar (`|`, `>`) or a continuation line of a multi-line scalar. */
  continuation: boolean;
  /** For `value`: how the value is written. */
  valueKind?: ValueKind;
  /** For `item`, and for a key typed right after `- `: the column of the dash. */
  dashColumn?: number;
}

type Frame =
  | { kind: 'item'; column: number; index: number }
  | { kind: 'key'; column: number; name: string; inline?: ValueKind }
  | { kind: 'scalar'; column: number };

/** The structural openers of a line, outermost first: its dashes, then a key or a scalar. */
function framesOf(line: LineInfo): Frame[] {
  const frames: Frame[] = line.dashes.map((column) => ({ kind: 'item', column, index: 0 }));
  const content = line.content;
  if (content) {
    const column = content.start - line.start;
    if (content.key)
      frames.push({
        kind: 'key',
        column,
        name: content.key.name,
        ...(content.value ? { inline: content.value.kind } : {}),
      });
    else frames.push({ kind: 'scalar', column });
  }
  return frames;
}

/** Whether a list dash ("- ", or "-" at the end of the line) is at `at`. */
function isDash(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 45) return false;
  const next = text.charCodeAt(at + 1);
  return Number.isNaN(next) || next === 32 || next === 9 || next === 10 || next === 13;
}

function isDocumentMarker(text: string, lineStart: number): boolean {
  return (
    text.startsWith('---', lineStart) ||
    text.startsWith('...', lineStart) ||
    text.charCodeAt(lineStart) === 37
  );
}

/**
 * Completes `chain` (the frames of the cursor line, outermost first) with the frames of the lines above, and
 * counts list indices. Returns the full chain and how many frames came from lines above.
 */
function ancestors(text: string, lineStart: number, chain: Frame[]): { chain: Frame[]; above: number } {
  let above = 0;
  const innermost = chain[0];
  if (!innermost) return { chain, above };
  let head: Frame = innermost;
  let column = head.column;
  for (let at = previousLineStart(text, lineStart); at !== -1; at = previousLineStart(text, at)) {
    if (column === 0 && head.kind === 'key') break;
    const indent = quickIndent(text, at);
    if (indent === -1 || indent > column) continue;
    if (indent === 0 && isDocumentMarker(text, at)) break;
    if (indent === column) {
      // Siblings: only list items need a look (to count them, or to find a key that holds a list written at
      // its own column: "key:\n- a").
      if (head.kind !== 'item') continue;
      if (isDash(text, at + indent)) {
        head.index++;
        continue;
      }
      const first = framesOf(readLine(text, at))[0];
      if (first?.kind === 'key') {
        head = { kind: 'key', column, name: first.name };
        chain = [head, ...chain];
        above++;
      }
      continue;
    }
    const frames = framesOf(readLine(text, at));
    if (!frames.length) continue;
    // A line further left holds the parent, and perhaps the first sibling at our column.
    const same = frames.find((frame) => frame.column === column);
    const outer = frames.filter((frame) => frame.column < column);
    if (same?.kind === 'item' && head.kind === 'item') head.index++;
    if (same?.kind === 'key' && head.kind === 'item') outer.push({ kind: 'key', column, name: same.name });
    const outermost = outer[0];
    if (!outermost) continue;
    chain = [...outer, ...chain];
    above += outer.length;
    head = outermost;
    column = head.column;
  }
  return { chain, above };
}

/** The keys at `column` in the mapping around `lineStart`, looking up (unless told not to) and down. */
function siblingKeys(text: string, lineStart: number, column: number, lookUp: boolean): string[] {
  const keys: string[] = [];
  const take = (line: LineInfo): void => {
    if (line.dashes.length === 0 && line.content?.key && line.content.start - line.start === column)
      keys.push(line.content.key.name);
  };
  if (lookUp) {
    for (let at = previousLineStart(text, lineStart); at !== -1; at = previousLineStart(text, at)) {
      const indent = quickIndent(text, at);
      if (indent === -1 || indent > column) continue;
      if (indent === column) {
        take(readLine(text, at));
        continue;
      }
      // The line that opens the mapping: "- key: ..." with the key at our column.
      const line = readLine(text, at);
      const content = line.content;
      if (content?.key && content.start - line.start === column) keys.push(content.key.name);
      break;
    }
  }
  for (let at = nextLineStart(text, lineStart); at !== -1; at = nextLineStart(text, at)) {
    const indent = quickIndent(text, at);
    if (indent === -1 || indent > column) continue;
    if (indent < column) break;
    take(readLine(text, at));
  }
  return keys;
}

function toPath(chain: readonly Frame[]): PathSegment[] {
  const path: PathSegment[] = [];
  for (const frame of chain) {
    if (frame.kind === 'item') path.push(frame.index);
    else if (frame.kind === 'key') path.push(frame.name);
  }
  return path;
}

const NONE: Omit<CursorContext, 'replace'> = {
  position: 'none',
  path: [],
  mapPath: [],
  hasColon: false,
  prefix: '',
  column: 0,
  presentKeys: [],
  continuation: false,
};

/** Index of the flow-list item the cursor is in (`[A, B|]`), with the item's span. */
function flowItem(
  text: string,
  open: number,
  end: number,
  offset: number,
): { index: number; start: number; end: number } | undefined {
  if (text.charCodeAt(open) !== 91 /* [ */ || offset <= open) return undefined;
  let index = 0;
  let itemStart = open + 1;
  let quote = 0;
  for (let at = open + 1; at < end; at++) {
    const code = text.charCodeAt(at);
    if (quote) {
      if (code === quote) quote = 0;
      continue;
    }
    if (code === 34 || code === 39) quote = code;
    else if (code === 44 /* , */ || code === 93 /* ] */) {
      if (offset <= at) return trimmedItem(text, index, itemStart, at);
      if (code === 93) return undefined;
      index++;
      itemStart = at + 1;
    } else if (code === 91 || code === 123) return undefined;
  }
  return offset <= end ? trimmedItem(text, index, itemStart, end) : undefined;
}

function trimmedItem(
  text: string,
  index: number,
  start: number,
  end: number,
): { index: number; start: number; end: number } {
  let from = start;
  let to = end;
  while (from < to && text.charCodeAt(from) === 32) from++;
  while (to > from && text.charCodeAt(to - 1) === 32) to--;
  return { index, start: from, end: to };
}

/** Offset where the line's comment starts, or -1. */
function commentStart(text: string, line: LineInfo): number {
  if (line.empty) return line.indent === -1 ? -1 : line.start + line.indent;
  let from = line.content ? line.content.end : line.start + line.indent;
  for (; from < line.end; from++) {
    if (text.charCodeAt(from) !== 35) continue;
    const before = text.charCodeAt(from - 1);
    if (from === line.start || before === 32 || before === 9) return from;
  }
  return -1;
}

/** Reads the cursor's context. Never throws; offsets outside the text are clamped. */
export function cursorContextAt(text: string, offset: number): CursorContext {
  const at = Math.max(0, Math.min(offset, text.length));
  const lineStart = lineStartAt(text, at);
  const line = readLine(text, lineStart);
  const col = at - lineStart;
  const none = (): CursorContext => ({ ...NONE, replace: { start: at, end: at } });
  if (at > line.end) return none();
  const comment = commentStart(text, line);
  if (comment !== -1 && at > comment) return none();

  const content = line.content;
  const dashesBefore = line.dashes.filter((column) => column < col);
  const lastDash = line.dashes[line.dashes.length - 1];
  const inContent = content !== undefined && at >= content.start;

  // In the indentation of a line: nothing, unless the line is text inside a multi-line scalar.
  const inIndentation = (): CursorContext => {
    const inside = finish(text, lineStart, framesOf(line), {
      position: 'key',
      prefix: '',
      replace: { start: at, end: at },
      hasColon: false,
      lookUp: false,
    });
    return inside.continuation ? inside : none();
  };

  // Blank line, or after the dashes with nothing typed yet.
  if (!inContent) {
    if (line.dashes.length === 0) {
      if (content && at < content.start) return inIndentation();
      return finish(text, lineStart, [{ kind: 'key', column: col, name: '' }], {
        position: 'key',
        prefix: '',
        replace: { start: at, end: at },
        hasColon: false,
        lookUp: true,
      });
    }
    if (dashesBefore.length < line.dashes.length || lastDash === undefined || col < lastDash + 2)
      return inIndentation();
    return finish(
      text,
      lineStart,
      line.dashes.map((column) => ({ kind: 'item', column, index: 0 })),
      {
        position: 'item',
        prefix: '',
        replace: { start: at, end: content ? content.end : at },
        hasColon: false,
        lookUp: false,
        dashColumn: lastDash,
      },
    );
  }

  const items: Frame[] = line.dashes.map((column) => ({ kind: 'item', column, index: 0 }));
  const column = content.start - lineStart;
  const key = content.key;
  if (key && at >= key.colon) {
    // On the value of "key: value".
    const value = content.value;
    const frames: Frame[] = [...items, { kind: 'key', column, name: key.name }];
    if (value?.kind === 'flow') {
      const item = flowItem(text, value.start, value.end, at);
      if (!item) return finish(text, lineStart, frames, valueOptions(text, at, value, key.colon, 'flow'));
      return finish(
        text,
        lineStart,
        [...frames, { kind: 'item', column: value.start - lineStart, index: item.index }],
        {
          position: 'value',
          prefix: text.slice(item.start, Math.max(item.start, at)),
          replace: { start: item.start, end: Math.max(item.end, at) },
          hasColon: true,
          lookUp: false,
          valueKind: 'plain',
          key: key.name,
        },
      );
    }
    return finish(text, lineStart, frames, valueOptions(text, at, value, key.colon, value?.kind));
  }
  if (key) {
    // On the key itself.
    return finish(text, lineStart, [...items, { kind: 'key', column, name: key.name }], {
      position: 'key',
      prefix: text.slice(key.start, Math.min(at, key.end)),
      replace: { start: key.start, end: key.end },
      hasColon: true,
      lookUp: items.length === 0,
      key: key.name,
      ...(lastDash !== undefined ? { dashColumn: lastDash } : {}),
    });
  }
  const word = text.slice(content.start, content.end);
  if (items.length) {
    // "- text": a scalar item, or the first key of a mapping item being typed.
    return finish(text, lineStart, items, {
      position: 'item',
      prefix: text.slice(content.start, Math.min(at, content.end)),
      replace: { start: content.start, end: Math.max(content.end, at) },
      hasColon: false,
      lookUp: false,
      dashColumn: lastDash,
      valueKind: content.value?.kind ?? 'plain',
      partialKey: word,
    });
  }
  // A word on its own line: a key being typed (or the continuation of a multi-line scalar).
  return finish(text, lineStart, [{ kind: 'key', column, name: word }], {
    position: 'key',
    prefix: text.slice(content.start, Math.min(at, content.end)),
    replace: { start: content.start, end: Math.max(content.end, at) },
    hasColon: false,
    lookUp: true,
    key: word,
  });
}

interface FinishOptions {
  position: 'key' | 'value' | 'item';
  prefix: string;
  replace: { start: number; end: number };
  hasColon: boolean;
  lookUp: boolean;
  key?: string;
  dashColumn?: number;
  valueKind?: ValueKind | undefined;
  /** For items: the text typed, in case it is the start of a key. */
  partialKey?: string;
}

function valueOptions(
  text: string,
  at: number,
  value: { start: number; end: number; kind: ValueKind } | undefined,
  colon: number,
  kind: ValueKind | undefined,
): FinishOptions {
  if (!value) {
    let start = colon;
    while (start < at && text.charCodeAt(start) === 32) start++;
    return {
      position: 'value',
      prefix: text.slice(start, at),
      replace: { start, end: at },
      hasColon: true,
      lookUp: false,
    };
  }
  const start = Math.min(value.start, at);
  return {
    position: 'value',
    prefix: text.slice(start, at),
    replace: { start, end: Math.max(value.end, at) },
    hasColon: true,
    lookUp: false,
    valueKind: kind,
  };
}

function finish(text: string, lineStart: number, lineFrames: Frame[], options: FinishOptions): CursorContext {
  const { chain, above } = ancestors(text, lineStart, lineFrames);
  // A scalar written over several lines (a block scalar, or a plain or quoted continuation): the cursor is in
  // the value of the outermost key above that has an inline value.
  for (let index = 0; index < above; index++) {
    const frame = chain[index] as Frame;
    if (frame.kind === 'scalar' || (frame.kind === 'key' && frame.inline !== undefined)) {
      const path = toPath(chain.slice(0, index + 1));
      const keyFrame = frame.kind === 'key' ? frame : undefined;
      return {
        position: 'value',
        path,
        mapPath: path.slice(0, -1),
        ...(keyFrame ? { key: keyFrame.name } : {}),
        hasColon: true,
        prefix: '',
        replace: { start: options.replace.start, end: options.replace.start },
        column: frame.column,
        presentKeys: [],
        continuation: true,
        ...(keyFrame?.inline ? { valueKind: keyFrame.inline } : {}),
      };
    }
  }
  const path = toPath(chain);
  const last = chain[chain.length - 1];
  const column = last?.column ?? 0;
  const base = {
    path,
    hasColon: options.hasColon,
    prefix: options.prefix,
    replace: options.replace,
    continuation: options.valueKind === 'block',
    ...(options.valueKind ? { valueKind: options.valueKind } : {}),
    ...(options.dashColumn !== undefined ? { dashColumn: options.dashColumn } : {}),
  };
  switch (options.position) {
    case 'key': {
      const mapPath = path.slice(0, -1);
      const own = last?.kind === 'key' ? last.name : '';
      const present = siblingKeys(text, lineStart, column, options.lookUp).filter((name) => name !== own);
      return {
        ...base,
        position: 'key',
        mapPath,
        ...(own ? { key: own } : {}),
        column,
        presentKeys: present,
      };
    }
    case 'value':
      return {
        ...base,
        position: 'value',
        mapPath: path.slice(0, -1),
        ...(options.key ? { key: options.key } : last?.kind === 'key' ? { key: last.name } : {}),
        column,
        presentKeys: [],
      };
    case 'item': {
      const itemColumn = (options.dashColumn ?? column) + 2;
      return {
        ...base,
        position: 'item',
        mapPath: path,
        ...(options.partialKey ? { key: options.partialKey } : {}),
        column: itemColumn,
        presentKeys: siblingKeys(text, lineStart, itemColumn, false),
      };
    }
  }
}

/** The JSON path of the node at `offset` (a key's value, a list item, a scalar); `[]` at the top or nowhere. */
export function pathAtOffset(text: string, offset: number): PathSegment[] {
  try {
    const context = cursorContextAt(text, offset);
    return context.position === 'none' ? [] : context.path;
  } catch {
    return [];
  }
}

/** Like {@link pathAtOffset}, as a JSON pointer (`/armsInterventionsModule/armGroups/0/label`). */
export function pointerAtOffset(text: string, offset: number): string {
  return encodePointer(pathAtOffset(text, offset));
}
