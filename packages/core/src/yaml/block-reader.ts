import { NodeIndex, NodeKind, releaseLargeIndexScratch } from './node-index.js';
import { resolvePlain, resolvePlainIn, unquoteDouble, unquoteSingle } from './scalar-values.js';

/**
 * A reader for the block-style YAML that trial files are made of: block mappings and sequences, single-line
 * plain and quoted scalars, literal and folded block scalars, comments. It builds the data and a compact
 * index of node offsets in one pass over the text, and gives up (returns undefined) on anything else — flow
 * collections, anchors, tags, multi-line flow scalars, errors other than repeated keys — which the full `yaml`
 * parser then reads. Whatever it accepts, it reads exactly as `yaml` does with YAML 1.2's core schema; a
 * differential test holds the two to the same problems, data and ranges.
 */

/** Thrown to abandon the fast read; never escapes `readBlockYaml`. One instance: its stack is never read. */
class Decline extends Error {}
const DECLINE = new Decline("outside the block reader's subset");

/** Characters that make the text the full parser's business wherever they occur. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what it looks for
const UNSUPPORTED_CHARACTER = /[\t\0-\x08\x0B\x0C\x0E-\x1F\x7F\x85\u2028\u2029\uFEFF]/;

/** Whether a carriage return stands alone (a line break of its own for YAML), not as part of CRLF. */
function hasLoneCarriageReturn(text: string): boolean {
  for (let at = text.indexOf('\r'); at !== -1; at = text.indexOf('\r', at + 1))
    if (text.charCodeAt(at + 1) !== LF) return true;
  return false;
}

/** The full parser lists this many errors and then a summary: more duplicates are left to it. */
const MAX_DUPLICATE_KEYS = 10;
/** Slots for recently read keys and plain values (powers of two). */
const KEY_CACHE_SIZE = 256;
const VALUE_CACHE_SIZE = 512;
/**
 * Recently read keys and plain values, by a hash of their first and last characters and length: trial files
 * repeat the same keys, statuses, roles and countries. Keys are kept across reads (used as property names, they
 * become internalized strings that no longer refer to the file's text); values are forgotten after each read,
 * as a slice of a file's text would keep all of the text alive.
 */
const keyCache = new Array<string | undefined>(KEY_CACHE_SIZE);
const valueCacheText = new Array<string | undefined>(VALUE_CACHE_SIZE);
const valueCacheValue = new Array<unknown>(VALUE_CACHE_SIZE);
// Lengths apart from the strings: reading `length` of strings of many internal kinds is a megamorphic lookup.
const keyCacheLength = new Int32Array(KEY_CACHE_SIZE);
const valueCacheLength = new Int32Array(VALUE_CACHE_SIZE);
/** The shared buffer the reader writes line starts to (one read at a time); each document keeps a copy. */
const LINE_STARTS_SCRATCH = 4096;
/** Grown past this for a huge file, the buffer is let go after the read rather than kept for the process. */
const KEPT_LINE_STARTS_SCRATCH = 1 << 16;
let lineStartsScratch = new Int32Array(LINE_STARTS_SCRATCH);
/** Past this depth or indentation the full parser (and its nesting guard) takes over. */
const MAX_DEPTH = 64;
const MAX_INDENT = 128;

const SPACE = 32;
const CR = 13;
const LF = 10;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const SINGLE_QUOTE = 39;
const DOUBLE_QUOTE = 34;
const BACKSLASH = 92;

/** A line break and up to `indent` spaces after it (a literal block scalar's indentation), by indent. */
const lineIndentations: RegExp[] = [];
function lineIndentation(indent: number): RegExp {
  return (lineIndentations[indent] ??= new RegExp(`\\r?\\n {0,${indent}}`, 'g'));
}

/** Plain scalars may not start with these (flow, anchor, tag, block scalar, reserved and directive indicators). */
function isIndicatorStart(code: number): boolean {
  switch (code) {
    case 91: // [
    case 93: // ]
    case 123: // {
    case 125: // }
    case 44: // ,
    case HASH:
    case 38: // &
    case 42: // *
    case 33: // !
    case 124: // |
    case 62: // >
    case 37: // %
    case 64: // @
    case 96: // `
    case 63: // ?
    case COLON:
      return true;
    default:
      return false;
  }
}

/** The data and node index of a document the block reader accepted. */
export interface BlockDocument {
  data: Record<string, unknown>;
  index: NodeIndex;
  /** Offsets where a key repeats one of its mapping (an error); empty for a valid document. */
  duplicateKeys: readonly number[];
  /** Where each line starts, as `lineStartsOf(text)` gives them (the reader visits every line). */
  lineStarts: Int32Array;
}

/** Reads `text` if it is plain block YAML (see above); undefined means "use the full parser". */
export function readBlockYaml(text: string): BlockDocument | undefined {
  if (UNSUPPORTED_CHARACTER.test(text) || hasLoneCarriageReturn(text)) return undefined;
  try {
    return new BlockReader(text).read();
  } catch (error) {
    if (error !== DECLINE) throw error;
    // Keys of a declined text may still be slices of it: forget them rather than keep the text alive.
    keyCache.fill(undefined);
    return undefined;
  } finally {
    valueCacheText.fill(undefined);
    valueCacheValue.fill(undefined);
    if (lineStartsScratch.length > KEPT_LINE_STARTS_SCRATCH)
      lineStartsScratch = new Int32Array(LINE_STARTS_SCRATCH);
    releaseLargeIndexScratch();
  }
}

function decline(): never {
  throw DECLINE;
}

class BlockReader {
  private readonly index: NodeIndex;
  // The current line: where it starts, its indentation, where its content starts and ends (before any CR).
  private lineStart = 0;
  private indent = 0;
  private content = 0;
  private lineEnd = 0;
  private contentEnd = 0;
  private atEnd = false;
  private depth = 0;
  /** Set by `readKey`. */
  private keyEnd = 0;
  private colon = 0;
  /** Whether the last value read was empty (`key:` with nothing after it). */
  private lastValueEmpty = false;
  /** Where repeated keys start, in document order. */
  private readonly duplicateKeys: number[] = [];
  private lineCount = 0;

  constructor(private readonly text: string) {
    this.index = new NodeIndex();
  }

  read(): BlockDocument {
    this.setLine(0);
    while (!this.atEnd && this.isBlankOrComment()) this.nextLine();
    // A document start marker on its own line (optionally with a comment) may open the file.
    if (!this.atEnd && this.indent === 0 && this.text.startsWith('---', this.content)) {
      const after = this.content + 3;
      if (after !== this.contentEnd && !this.commentFollows(after)) decline();
      this.nextLine();
    }
    this.skipToContentLine();
    if (this.atEnd) decline();
    if (this.startsSequenceItem(this.content)) decline();
    const root = this.index.add(NodeKind.Mapping, this.content, this.firstLineEnd(this.content));
    const data = this.readMapping(this.indent, this.content, root);
    if (!this.atEnd) decline();
    this.index.seal();
    return {
      data,
      index: this.index,
      duplicateKeys: this.duplicateKeys,
      lineStarts: lineStartsScratch.slice(0, this.lineCount),
    };
  }

  // ---- lines ----

  private setLine(start: number): void {
    const text = this.text;
    // Lines are visited in order, each once; past a final line break the text ends with an empty line.
    if (start === 0 || (start <= text.length && text.charCodeAt(start - 1) === LF))
      this.recordLineStart(start);
    this.lineStart = Math.min(start, text.length);
    if (start >= text.length) {
      this.atEnd = true;
      this.indent = this.content = this.lineEnd = this.contentEnd = text.length;
      return;
    }
    let at = start;
    while (text.charCodeAt(at) === SPACE) at++;
    this.indent = at - start;
    // Far deeper than any trial: the full path's nesting guard decides (it refuses past 200 columns).
    if (this.indent > MAX_INDENT) decline();
    this.content = at;
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    this.lineEnd = end;
    this.contentEnd = end > start && text.charCodeAt(end - 1) === CR ? end - 1 : end;
  }

  private recordLineStart(start: number): void {
    if (this.lineCount === lineStartsScratch.length) {
      const grown = new Int32Array(lineStartsScratch.length * 2);
      grown.set(lineStartsScratch);
      lineStartsScratch = grown;
    }
    lineStartsScratch[this.lineCount++] = start;
  }

  private nextLine(): void {
    this.setLine(this.lineEnd + 1);
  }

  /** Whether the current line holds nothing but spaces or a comment. */
  private isBlankOrComment(): boolean {
    return this.content >= this.contentEnd || this.text.charCodeAt(this.content) === HASH;
  }

  private skipToContentLine(): void {
    while (!this.atEnd && this.isBlankOrComment()) this.nextLine();
    if (!this.atEnd && this.indent === 0) {
      // Document markers end or separate documents: the full parser reports them.
      const text = this.text;
      if (
        (text.startsWith('---', this.content) || text.startsWith('...', this.content)) &&
        (this.content + 3 === this.contentEnd || text.charCodeAt(this.content + 3) === SPACE)
      )
        decline();
    }
  }

  /** Whether only spaces and then a comment (or nothing) follow `from` on the current line. */
  private commentFollows(from: number): boolean {
    const text = this.text;
    let at = from;
    while (at < this.contentEnd && text.charCodeAt(at) === SPACE) at++;
    return at === this.contentEnd || (at > from && text.charCodeAt(at) === HASH);
  }

  /** "- " or "-" at the end of the line, at `at`. */
  private startsSequenceItem(at: number): boolean {
    if (this.text.charCodeAt(at) !== DASH) return false;
    const next = at + 1;
    return next === this.contentEnd || this.text.charCodeAt(next) === SPACE;
  }

  /** The end of a collection's first line (trailing spaces dropped), as the full parser reports it. */
  private firstLineEnd(start: number): number {
    return start < this.contentEnd ? this.trimmedEnd(start, this.contentEnd) : start;
  }

  private trimmedEnd(from: number, to: number): number {
    let end = to;
    while (end > from && this.text.charCodeAt(end - 1) === SPACE) end--;
    return end;
  }

  // ---- collections ----

  /**
   * A block mapping whose keys start at column `indent`; the first key starts at `start` on the current line
   * (which may follow a "- "). Returns with the current line past the mapping.
   */
  private readMapping(indent: number, start: number, node: number): Record<string, unknown> {
    if (++this.depth > MAX_DEPTH) decline();
    const result: Record<string, unknown> = {};
    let keyAt = start;
    let lastChild = -1;
    for (;;) {
      const key = this.readKey(keyAt);
      const { keyEnd, colon } = this;
      if (key === '__proto__') decline();
      // A repeated key is an error the full parser reports at the repeat, before reading its value; the last
      // value wins in the data.
      if (Object.prototype.hasOwnProperty.call(result, key)) {
        // After an empty value the full parser places the error where that value ends: left to it.
        if (this.duplicateKeys.length === MAX_DUPLICATE_KEYS || this.lastValueEmpty) decline();
        this.duplicateKeys.push(keyAt);
      }
      let valueStart = colon + 1;
      const text = this.text;
      while (valueStart < this.contentEnd && text.charCodeAt(valueStart) === SPACE) valueStart++;
      if (valueStart < this.contentEnd && valueStart === colon + 1) decline();
      let child: number;
      let value: unknown;
      if (valueStart >= this.contentEnd || text.charCodeAt(valueStart) === HASH) {
        // The value, if any, is on the following lines.
        this.nextLine();
        this.skipToContentLine();
        if (!this.atEnd && this.indent > indent) {
          const nested = this.content;
          if (this.startsSequenceItem(nested)) {
            child = this.index.add(NodeKind.Sequence, nested, this.firstLineEnd(nested));
            value = this.readSequence(this.indent, child);
          } else {
            child = this.index.add(NodeKind.Mapping, nested, this.firstLineEnd(nested));
            value = this.readMapping(this.indent, nested, child);
          }
        } else if (!this.atEnd && this.indent === indent && this.startsSequenceItem(this.content)) {
          // A list may sit at its key's own indentation.
          child = this.index.add(NodeKind.Sequence, this.content, this.firstLineEnd(this.content));
          value = this.readSequence(indent, child);
        } else {
          child = this.index.add(NodeKind.Empty, valueStart, valueStart);
          value = null;
          this.lastValueEmpty = true;
        }
      } else {
        child = this.index.add(NodeKind.Scalar, valueStart, valueStart);
        this.lastValueEmpty = false;
        value = this.readInlineScalar(valueStart, indent, child, false);
      }
      result[key] = value;
      this.index.setKey(child, keyAt, keyEnd, key);
      if (lastChild === -1) this.index.setFirstChild(node, child);
      else this.index.setNextSibling(lastChild, child);
      lastChild = child;

      if (this.atEnd || this.indent < indent) break;
      if (this.indent > indent || this.startsSequenceItem(this.content)) decline();
      keyAt = this.content;
    }
    this.depth--;
    return result;
  }

  /** A block sequence whose "- " indicators are at column `indent`, starting on the current line. */
  private readSequence(indent: number, node: number): unknown[] {
    if (++this.depth > MAX_DEPTH) decline();
    const result: unknown[] = [];
    let lastChild = -1;
    const text = this.text;
    for (;;) {
      let itemStart = this.content + 1;
      while (itemStart < this.contentEnd && text.charCodeAt(itemStart) === SPACE) itemStart++;
      // Empty items and nested "- - " lists are left to the full parser.
      if (itemStart >= this.contentEnd || text.charCodeAt(itemStart) === HASH) decline();
      if (this.startsSequenceItem(itemStart)) decline();
      let child: number;
      if (this.keyFollows(itemStart)) {
        child = this.index.add(NodeKind.Mapping, itemStart, this.firstLineEnd(itemStart));
        result.push(this.readMapping(itemStart - this.lineStart, itemStart, child));
      } else {
        child = this.index.add(NodeKind.Scalar, itemStart, itemStart);
        this.lastValueEmpty = false;
        result.push(this.readInlineScalar(itemStart, indent, child, true));
      }
      if (lastChild === -1) this.index.setFirstChild(node, child);
      else this.index.setNextSibling(lastChild, child);
      lastChild = child;

      if (this.atEnd || this.indent < indent) break;
      if (this.indent > indent) decline();
      if (!this.startsSequenceItem(this.content)) break;
    }
    this.depth--;
    return result;
  }

  // ---- keys ----

  /** Whether the content at `at` on the current line is a mapping key ("key:" then a space or the line end). */
  private keyFollows(at: number): boolean {
    const text = this.text;
    const first = text.charCodeAt(at);
    if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) {
      const close = this.quotedEnd(at);
      let after = close;
      while (after < this.contentEnd && text.charCodeAt(after) === SPACE) after++;
      return after < this.contentEnd && text.charCodeAt(after) === COLON && this.isSeparated(after + 1);
    }
    for (let i = at; i < this.contentEnd; i++) {
      const code = text.charCodeAt(i);
      if (code === COLON && this.isSeparated(i + 1)) return true;
      if (code === HASH && text.charCodeAt(i - 1) === SPACE) return false;
    }
    return false;
  }

  /** Whether `at` is the end of the line's content or a space. */
  private isSeparated(at: number): boolean {
    return at >= this.contentEnd || this.text.charCodeAt(at) === SPACE;
  }

  /** Reads the key at `at`; where it ends and where its colon is are left in `keyEnd` and `colon`. */
  private readKey(at: number): string {
    const text = this.text;
    const first = text.charCodeAt(at);
    let key: string;
    let keyEnd: number;
    let colon: number;
    if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) {
      keyEnd = this.quotedEnd(at);
      key = this.quotedValue(at, keyEnd);
      colon = keyEnd;
      while (colon < this.contentEnd && text.charCodeAt(colon) === SPACE) colon++;
      if (text.charCodeAt(colon) !== COLON || !this.isSeparated(colon + 1)) decline();
    } else {
      if (isIndicatorStart(first) || first === DASH) {
        // "-x: 1" is a plain key; "- " and "-" alone are list items, which cannot stand here.
        if (first !== DASH || this.isSeparated(at + 1)) decline();
      }
      colon = -1;
      for (let i = at; i < this.contentEnd; i++) {
        const code = text.charCodeAt(i);
        if (code === COLON && this.isSeparated(i + 1)) {
          colon = i;
          break;
        }
        if (code === HASH && text.charCodeAt(i - 1) === SPACE) decline();
      }
      if (colon === -1) decline();
      keyEnd = this.trimmedEnd(at, colon);
      if (keyEnd === at) decline();
      key = this.plainKey(at, keyEnd);
    }
    // The full parser refuses a ":" more than 1024 characters after the key starts.
    if (colon - at > 1000) decline();
    this.keyEnd = keyEnd;
    this.colon = colon;
    return key;
  }

  /**
   * The plain key `[start, end)`. Trial files repeat a few dozen keys thousands of times: a key seen before is
   * reused (one comparison) instead of sliced, checked and hashed again.
   */
  private plainKey(start: number, end: number): string {
    const text = this.text;
    const length = end - start;
    const slot = (text.charCodeAt(start) * 31 + text.charCodeAt(end - 1) * 7 + length) & (KEY_CACHE_SIZE - 1);
    const cached = keyCache[slot];
    if (cached !== undefined && keyCacheLength[slot] === length && text.startsWith(cached, start))
      return cached;
    const key = text.slice(start, end);
    // Keys that resolve to something other than a string (null, numbers, booleans) become strings in the
    // data in ways best left to the full parser.
    if (typeof resolvePlain(key) !== 'string') decline();
    keyCache[slot] = key;
    keyCacheLength[slot] = length;
    return key;
  }

  // ---- scalars ----

  /** The value of the plain scalar `[start, end)`; repeated values (statuses, countries, roles) are reused. */
  private plainValue(start: number, end: number): unknown {
    const text = this.text;
    const length = end - start;
    if (length === 0) return null;
    const slot =
      (text.charCodeAt(start) * 31 + text.charCodeAt(end - 1) * 7 + length) & (VALUE_CACHE_SIZE - 1);
    const cached = valueCacheText[slot];
    if (cached !== undefined && valueCacheLength[slot] === length && text.startsWith(cached, start))
      return valueCacheValue[slot];
    const value = resolvePlainIn(text, start, end);
    valueCacheText[slot] = typeof value === 'string' ? value : text.slice(start, end);
    valueCacheValue[slot] = value;
    valueCacheLength[slot] = length;
    return value;
  }

  /**
   * A scalar that starts at `start` on the current line: plain, quoted or a block scalar. Leaves the current
   * line at the next content line and checks that it does not continue the scalar.
   */
  private readInlineScalar(start: number, parentIndent: number, node: number, inSequence: boolean): unknown {
    const text = this.text;
    const first = text.charCodeAt(start);
    let value: unknown;
    if (first === 124 /* | */ || first === 62 /* > */) {
      return this.readBlockScalar(start, parentIndent, node, inSequence);
    } else if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) {
      const end = this.quotedEnd(start);
      if (end < this.contentEnd && !this.commentFollows(end)) decline();
      value = this.quotedValue(start, end);
      this.index.setEnd(node, end);
    } else if (first === 91 /* [ */ || first === 123 /* { */) {
      // Of flow collections, only the empty ones ([] and {}) are read here.
      let end = start + 1;
      while (end < this.contentEnd && text.charCodeAt(end) === SPACE) end++;
      if (text.charCodeAt(end) !== (first === 91 ? 93 : 125)) decline();
      end++;
      if (end < this.contentEnd && !this.commentFollows(end)) decline();
      value = first === 91 ? [] : {};
      this.index.setKind(node, first === 91 ? NodeKind.Sequence : NodeKind.Mapping);
      this.index.setEnd(node, end);
    } else {
      if (isIndicatorStart(first) || (first === DASH && this.isSeparated(start + 1))) decline();
      let end = this.contentEnd;
      for (let i = start; i < this.contentEnd; i++) {
        const code = text.charCodeAt(i);
        if (code === COLON && this.isSeparated(i + 1)) decline();
        if (code === HASH && text.charCodeAt(i - 1) === SPACE) {
          end = i;
          break;
        }
      }
      end = this.trimmedEnd(start, end);
      value = this.plainValue(start, end);
      this.index.setEnd(node, end);
    }
    this.nextLine();
    this.skipToContentLine();
    // A more indented line would continue the scalar over several lines: the full parser's case.
    if (!this.atEnd && this.indent > parentIndent) decline();
    return value;
  }

  /** The offset just past the closing quote of the quoted scalar at `start`; declines if it is not on this line. */
  private quotedEnd(start: number): number {
    const text = this.text;
    const quote = text.charCodeAt(start);
    let at = start + 1;
    for (;;) {
      if (at >= this.contentEnd) decline();
      const code = text.charCodeAt(at);
      if (quote === DOUBLE_QUOTE && code === BACKSLASH) at += 2;
      else if (code === quote) {
        if (quote === SINGLE_QUOTE && text.charCodeAt(at + 1) === SINGLE_QUOTE) at += 2;
        else return at + 1;
      } else at++;
    }
  }

  /** The value of the quoted scalar `[start, end)` (quotes included). */
  private quotedValue(start: number, end: number): string {
    const inner = this.text.slice(start + 1, end - 1);
    if (this.text.charCodeAt(start) === SINGLE_QUOTE) return unquoteSingle(inner);
    return unquoteDouble(inner) ?? decline();
  }

  /**
   * A literal (|) or folded (>) block scalar whose header starts at `start`. Folded scalars with more
   * indented lines, explicit indentation under "- ", and empty block scalars are left to the full parser.
   */
  private readBlockScalar(start: number, parentIndent: number, node: number, inSequence: boolean): string {
    const text = this.text;
    const folded = text.charCodeAt(start) === 62;
    let chomp: 'clip' | 'strip' | 'keep' = 'clip';
    let explicitIndent = 0;
    let at = start + 1;
    for (; at < this.contentEnd; at++) {
      const code = text.charCodeAt(at);
      if (code === DASH && chomp === 'clip') chomp = 'strip';
      else if (code === 43 /* + */ && chomp === 'clip') chomp = 'keep';
      else if (code >= 49 && code <= 57 && !explicitIndent) explicitIndent = code - 48;
      else break;
    }
    if (at < this.contentEnd && !this.commentFollows(at)) decline();
    if (explicitIndent && inSequence) decline();

    // Lines: content lines (at least `contentIndent` deep) and empty ones, until a less indented line.
    this.nextLine();
    let contentIndent = explicitIndent ? parentIndent + explicitIndent : 0;
    let body = '';
    let pendingBreaks = 0; // empty lines since the last content line
    let sawContent = false;
    let lastContentLineEnd = -1; // offset past the line break of the last content line
    let leadingBreaks = 0; // empty lines before the first content line
    let firstContentStart = 0; // where the first content line's text starts (after the indentation)
    let lastContentEnd = 0; // where the last content line's text ends (before its line break)
    let leadingMaxIndent = 0;
    while (!this.atEnd) {
      const isSpacesOnly = this.content >= this.contentEnd;
      if (!sawContent && !contentIndent) {
        if (isSpacesOnly) {
          leadingMaxIndent = Math.max(leadingMaxIndent, this.contentEnd - this.lineStart);
          pendingBreaks++;
          this.nextLine();
          continue;
        }
        if (this.indent <= parentIndent) break;
        contentIndent = this.indent;
        // Leading empty lines may not be more indented than the content.
        if (leadingMaxIndent > contentIndent) decline();
      }
      if (isSpacesOnly) {
        // Lines of spaces deeper than the content are read differently by the parsers' versions: declined.
        if (this.contentEnd - this.lineStart > contentIndent) decline();
        pendingBreaks++;
        this.nextLine();
        continue;
      }
      if (this.indent < contentIndent) break;
      if (!sawContent) {
        leadingBreaks = pendingBreaks;
        firstContentStart = this.lineStart + contentIndent;
      }
      if (folded) {
        // Literal scalars are cut from the text in one piece at the end; folded ones are joined line by line.
        if (this.indent > contentIndent) decline();
        const line = text.slice(this.lineStart + contentIndent, this.contentEnd);
        if (!sawContent) body = line;
        else body += (pendingBreaks ? '\n'.repeat(pendingBreaks) : ' ') + line;
      }
      lastContentEnd = this.contentEnd;
      pendingBreaks = 0;
      sawContent = true;
      lastContentLineEnd = this.lineEnd < text.length ? this.lineEnd + 1 : text.length;
      this.nextLine();
    }
    if (!sawContent) decline();
    if (!folded) {
      body = text.slice(firstContentStart, lastContentEnd);
      // Line breaks (CRLF too) become \n, and each line loses the content's indentation.
      if (body.includes('\n')) body = body.replace(lineIndentation(contentIndent), '\n');
    }
    if (leadingBreaks) body = '\n'.repeat(leadingBreaks) + body;
    let end = lastContentLineEnd;
    // The last line break is content even when the file ends without one (as the full parser reads it).
    if (chomp === 'clip') body += '\n';
    else if (chomp === 'keep') {
      // A file ending in a line of spaces after a "keep" scalar: the parsers' versions disagree on its extent.
      if (pendingBreaks && this.atEnd && !text.endsWith('\n')) decline();
      body += '\n'.repeat(pendingBreaks + 1);
      // Trailing empty lines are part of a "keep" scalar's extent.
      if (pendingBreaks) end = this.lineStart;
    }
    this.index.setEnd(node, end);
    this.skipToContentLine();
    if (!this.atEnd && this.indent > parentIndent) decline();
    return body;
  }
}
