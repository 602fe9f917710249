import jsyaml from 'js-yaml';
import { decodePointer } from '../pointer.js';
import { LineTable, type SourceRange } from './source-range.js';
import { SpanRecorder, type Span } from './span-tree.js';

/**
 * Text the fast path leaves to the full parser: tab indentation, directives, explicit tags, and numbers
 * js-yaml reads differently from YAML 1.2's core schema (binary, digit separators, `+.5`). Anchors and aliases
 * are detected from the parse itself. A match inside a string only costs speed, never correctness.
 */
const NEEDS_FULL_PARSER =
  /^ *\t|^%|(?:^|[\s[{,])(?:![^\s]|[-+]?0b[01_]|[-+]?[0-9.][0-9_.]*_|[-+]?0x_|[-+]\.[0-9])/m;

/** The result of the fast path: plain data and a way to position pointers without a YAML document. */
export interface FastParse {
  data: unknown;
  rangeOf(pointer: string, target: 'value' | 'key'): SourceRange | undefined;
}

const SPACE = /[ \t\r\n]/;

/** First offset at or after `from` that is not blank or part of a comment. */
function skipBlankAndComments(text: string, from: number, limit: number): number {
  let at = from;
  while (at < limit) {
    const ch = text[at] as string;
    if (SPACE.test(ch)) at++;
    else if (ch === '#' && (at === 0 || SPACE.test(text[at - 1] as string))) {
      const eol = text.indexOf('\n', at);
      at = eol === -1 ? limit : eol + 1;
    } else break;
  }
  return at;
}

/** Last offset (exclusive) before `to` that ends content, trimming blanks. */
function trimEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && SPACE.test(text[end - 1] as string)) end--;
  return end;
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
  if (NEEDS_FULL_PARSER.test(text)) return undefined;
  const recorder = new SpanRecorder();
  let data: unknown;
  try {
    data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, json: false, listener: recorder.listener });
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const root = recorder.root;
  // Anchors mean shared values and alias expansion limits: the full parser's business.
  if (!root || recorder.usedAnchors || recorder.complexKeys) return undefined;
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
  const content = (span: Span): string => {
    const start = skipBlankAndComments(text, span.start, span.end);
    return text.slice(start, trimEnd(text, start, span.end));
  };
  while (stack.length) {
    const [span, value] = stack.pop() as [Span, unknown];
    const body = content(span);
    // The events must mirror the data: one child per list item, a key and a value per mapping entry.
    const values = Array.isArray(value)
      ? value
      : value !== null && typeof value === 'object'
        ? Object.values(value)
        : undefined;
    if (span.kind === 'sequence' && (!Array.isArray(value) || span.children.length !== value.length))
      return true;
    if (
      span.kind === 'mapping' &&
      (!values || Array.isArray(value) || span.children.length !== values.length * 2)
    )
      return true;
    if (span.kind === 'mapping' || span.kind === 'sequence') {
      // Flow collections: js-yaml's events for them do not line up with entries; the full parser takes them.
      if (body.startsWith('[') || body.startsWith('{')) return true;
      for (const [index, child] of span.children.entries()) {
        const childBody = content(child);
        if (span.kind === 'sequence' && (child.kind === null || childBody === '')) return true;
        // A node that starts on a later line than its "- " or "key:" must be indented further (js-yaml does not
        // always insist, YAML 1.2 does); a list under a key may also start at the key's own column.
        const startLine = text.lastIndexOf('\n', child.start - 1);
        const contentStart = skipBlankAndComments(text, child.start, child.end);
        const contentLine = text.lastIndexOf('\n', contentStart - 1);
        if (
          contentLine !== startLine &&
          contentStart < child.end &&
          !(span.kind === 'mapping' && index % 2 === 0)
        ) {
          const contentColumn = contentStart - contentLine - 1;
          const anchor = span.kind === 'sequence' ? child.start - 1 : (span.children[index - 1]?.start ?? 0);
          const anchorColumn =
            skipBlankAndComments(text, anchor, child.start) - (text.lastIndexOf('\n', anchor - 1) + 1);
          const compactList = span.kind === 'mapping' && text.startsWith('- ', contentStart);
          if (compactList ? contentColumn < anchorColumn : contentColumn <= anchorColumn) return true;
        }
        if (span.kind === 'mapping' && index % 2 === 0) {
          if (/^(|~|null|Null|NULL|\?.*)$/s.test(childBody) || childBody.includes('\n')) return true;
          continue;
        }
        stack.push([unwrap(child), span.kind === 'sequence' ? values?.[index] : values?.[(index - 1) / 2]]);
      }
    } else if (span.kind === 'scalar') {
      if (isBlockScalar(body, 0)) {
        // An empty block scalar's extent (trailing blank lines) differs between the parsers.
        if (!/\n[ \t]*\S/.test(body)) return true;
      } else if (body.includes('\n')) {
        return true;
      }
      // js-yaml accepts a comment glued to a quoted scalar ("x"#c); YAML 1.2 does not.
      const after = skipBlankAndComments(text, span.start, span.end) + body.length;
      if (text[after] === '#') return true;
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
