import jsyaml from 'js-yaml';
import { decodePointer } from '../pointer.js';
import { LineTable, type SourceRange } from './source-range.js';
import { SpanRecorder, type Span } from './span-tree.js';

/**
 * Text the fast path leaves to the full parser at once: tab indentation, directives and explicit tags (a
 * "!" inside a string only costs speed). Anchors, and the numbers js-yaml reads differently (binary, digit
 * separators, `+.5`), are caught while parsing.
 */
function needsFullParser(text: string): boolean {
  if (text.startsWith('%') || text.includes('\n%')) return true;
  if (text.includes('\t') && /^ *\t/m.test(text)) return true;
  return text.includes('!') && /(?:^|[\s[{,])![^\s]/m.test(text);
}

/** Numbers js-yaml resolves but YAML 1.2's core schema keeps as text, or the other way round. */
const DIVERGENT_NUMBER = /^[-+]?(?:0b|[0-9.][0-9_.]*_|0x_)|^[-+]\.[0-9]/;

/** The result of the fast path: plain data and a way to position pointers without a YAML document. */
export interface FastParse {
  data: unknown;
  rangeOf(pointer: string, target: 'value' | 'key'): SourceRange | undefined;
}

/** Space, tab, CR or LF. */
function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** First offset at or after `from` that is not blank or part of a comment. */
function skipBlankAndComments(text: string, from: number, limit: number): number {
  let at = from;
  while (at < limit) {
    const code = text.charCodeAt(at);
    if (isBlank(code)) at++;
    else if (code === 35 /* # */ && (at === 0 || isBlank(text.charCodeAt(at - 1)))) {
      const eol = text.indexOf('\n', at);
      at = eol === -1 ? limit : eol + 1;
    } else break;
  }
  return at;
}

/** Last offset (exclusive) before `to` that ends content, trimming blanks. */
function trimEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && isBlank(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Whether `[from, to)` contains a line break. */
function spansLines(text: string, from: number, to: number): boolean {
  const at = text.indexOf('\n', from);
  return at !== -1 && at < to;
}

function isBlockScalar(text: string, start: number): boolean {
  const ch = text[start];
  return ch === '|' || ch === '>';
}

/**
 * Parses with js-yaml (several times faster than `yaml`) when the text is plain enough for its data and
 * positions to match the full parser exactly; returns undefined otherwise, and the caller uses the full
 * parser. A differential test holds the two paths to the same data and ranges.
 */
export function fastParse(text: string): FastParse | undefined {
  if (needsFullParser(text)) return undefined;
  const recorder = new SpanRecorder(text, DIVERGENT_NUMBER);
  let data: unknown;
  try {
    data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, json: false, listener: recorder.listener });
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const root = recorder.root;
  // Anchors mean shared values and alias expansion limits: the full parser's business.
  if (!root || recorder.usedAnchors || recorder.complexKeys || recorder.unusualScalars) return undefined;
  if (outsideFastSubset(text, root, data)) return undefined;
  let lines: LineTable | undefined;
  return {
    data,
    rangeOf(pointer, target) {
      const found = locate(root, data, decodePointer(pointer));
      if (!found) return undefined;
      lines ??= new LineTable(text);
      return spanRange(text, lines, found, target);
    },
  };
}

/**
 * Whether the document uses YAML that js-yaml reads differently from YAML 1.2 (found by the differential
 * tests): continuation lines of quoted or plain scalars and of flow collections (js-yaml is laxer about their
 * indentation), empty list entries (misnested when a comment follows), and null or empty keys.
 */
function outsideFastSubset(text: string, root: Span, data: unknown): boolean {
  const stack: Array<[Span, unknown]> = [[unwrap(root), data]];
  while (stack.length) {
    const [span, value] = stack.pop() as [Span, unknown];
    const start = skipBlankAndComments(text, span.start, span.end);
    const end = trimEnd(text, start, span.end);
    if (span.kind === 'mapping' || span.kind === 'sequence') {
      // The events must mirror the data: one child per list item, a key and a value per mapping entry.
      const isList = Array.isArray(value);
      if (
        span.kind === 'sequence'
          ? !isList || span.children.length !== (value as unknown[]).length
          : isList || value === null || typeof value !== 'object'
      )
        return true;
      const values = isList ? (value as unknown[]) : Object.values(value as object);
      if (span.kind === 'mapping' && span.children.length !== values.length * 2) return true;
      // Flow collections: js-yaml's events for them do not line up with entries; the full parser takes them.
      const first = text.charCodeAt(start);
      if (first === 91 /* [ */ || first === 123 /* { */) return true;
      const children = span.children;
      for (let index = 0; index < children.length; index++) {
        const child = children[index] as Span;
        const childStart = skipBlankAndComments(text, child.start, child.end);
        const childEnd = trimEnd(text, childStart, child.end);
        if (span.kind === 'mapping' && index % 2 === 0) {
          // Null or empty keys, explicit "? " keys and multi-line keys read differently in js-yaml.
          const key = childEnd - childStart <= 4 ? text.slice(childStart, childEnd) : '';
          if (
            childEnd === childStart ||
            key === '~' ||
            key === 'null' ||
            key === 'Null' ||
            key === 'NULL' ||
            text.charCodeAt(childStart) === 63 /* ? */ ||
            spansLines(text, childStart, childEnd)
          )
            return true;
          continue;
        }
        if (span.kind === 'sequence' && (child.kind === null || childEnd === childStart)) return true;
        // A node that starts on a later line than its "- " or "key:" must be indented further (js-yaml does not
        // always insist, YAML 1.2 does); a list under a key may also start at the key's own column.
        if (childStart < child.end && spansLines(text, child.start, childStart)) {
          const contentColumn = childStart - (text.lastIndexOf('\n', childStart - 1) + 1);
          const anchor = span.kind === 'sequence' ? child.start - 1 : (children[index - 1] as Span).start;
          const anchorStart = skipBlankAndComments(text, anchor, child.start);
          const anchorColumn = anchorStart - (text.lastIndexOf('\n', anchorStart - 1) + 1);
          const compactList = span.kind === 'mapping' && text.startsWith('- ', childStart);
          if (compactList ? contentColumn < anchorColumn : contentColumn <= anchorColumn) return true;
        }
        stack.push([unwrap(child), span.kind === 'sequence' ? values[index] : values[(index - 1) / 2]]);
      }
    } else if (span.kind === 'scalar') {
      if (isBlockScalar(text, start)) {
        // An empty block scalar's extent (trailing blank lines) differs between the parsers.
        const headerEnd = text.indexOf('\n', start);
        if (headerEnd === -1 || headerEnd >= end) return true;
      } else if (spansLines(text, start, end)) {
        return true;
      }
      // js-yaml accepts a comment glued to a quoted scalar ("x"#c); YAML 1.2 does not.
      if (text.charCodeAt(end) === 35 /* # */) return true;
    }
  }
  return false;
}

interface Located {
  value: Span;
  key: Span | undefined;
  valueData: unknown;
  exact: boolean;
}

/** Walks the span tree along a pointer; undefined when the tree does not have the shape the data has. */
function locate(root: Span, data: unknown, segments: string[]): Located | undefined {
  let span = unwrap(root);
  let value: unknown = data;
  let key: Span | undefined;
  for (const segment of segments) {
    if (Array.isArray(value)) {
      if (span.kind !== 'sequence' || span.children.length !== value.length) return undefined;
      const index = Number(segment);
      const child = /^\d+$/.test(segment) ? span.children[index] : undefined;
      if (!child) return { value: span, key, valueData: value, exact: false };
      span = unwrap(child);
      value = value[index];
      key = undefined;
    } else if (value !== null && typeof value === 'object') {
      const keys = Object.keys(value);
      if (span.kind !== 'mapping' || span.children.length !== keys.length * 2) return undefined;
      const index = keys.indexOf(segment);
      if (index === -1) return { value: span, key, valueData: value, exact: false };
      key = span.children[index * 2];
      const child = span.children[index * 2 + 1];
      if (!key || !child) return undefined;
      span = unwrap(child);
      value = (value as Record<string, unknown>)[segment];
    } else {
      return { value: span, key, valueData: value, exact: false };
    }
  }
  return { value: span, key, valueData: value, exact: true };
}

/** js-yaml may wrap a node in an outer event of the same extent (a mapping attempt that read a scalar). */
function unwrap(span: Span): Span {
  let current = span;
  while (current.kind === 'scalar' && current.children.length === 1 && current.children[0]?.kind === 'scalar')
    current = current.children[0];
  return current;
}

function spanRange(
  text: string,
  lines: LineTable,
  found: Located,
  target: 'value' | 'key',
): SourceRange | undefined {
  const keyRange = (): SourceRange | undefined => {
    if (!found.key) return undefined;
    const start = skipBlankAndComments(text, found.key.start, found.key.end);
    return lines.range(start, trimEnd(text, start, found.key.end));
  };
  const value = found.value;
  const start = skipBlankAndComments(text, value.start, Math.max(value.end, value.start));
  const isCollection = value.kind === 'mapping' || value.kind === 'sequence';
  const isEmpty = found.valueData === null && start >= trimEnd(text, value.start, value.end);
  if (found.key && (target === 'key' || !found.exact || isEmpty || isCollection)) return keyRange();
  if (isCollection) {
    // A collection outside a mapping (a list item, the root): its first line.
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    return lines.range(start, trimEnd(text, start, end));
  }
  // A block scalar ends where its last content line ends, line break included (as the full parser counts it).
  if (isBlockScalar(text, start)) {
    // With "keep" chomping (|+, >+) trailing blank lines are content and part of the node.
    const header = text.slice(
      start,
      text.indexOf('\n', start) === -1 ? text.length : text.indexOf('\n', start),
    );
    if (header.includes('+'))
      return lines.range(start, Math.max(start, text.lastIndexOf('\n', value.end - 1) + 1));
    const lastContent = trimEnd(text, start, value.end);
    const lineBreak = text.indexOf('\n', lastContent);
    return lines.range(start, lineBreak === -1 ? text.length : lineBreak + 1);
  }
  return lines.range(start, trimEnd(text, start, value.end));
}
