import { CtgovError, type CtgovErrorKind } from './errors.js';

/** A 1-based line and column (UTF-16 code units, as editors count) for an offset into text. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}

class SyntaxAt extends Error {
  constructor(readonly offset: number) {
    super('syntax');
  }
}

/**
 * The offset of the first JSON syntax error in `text`, or -1 when it is valid JSON. Used only after
 * `JSON.parse` failed, because V8's messages do not always say where (and differ between Node versions).
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const n = text.length;
  const fail = (at: number = i): never => {
    throw new SyntaxAt(at);
  };
  const space = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else break;
    }
  };
  const literal = (word: string): void => {
    for (const char of word) {
      if (text[i] !== char) fail();
      i++;
    }
  };
  const digits = (): void => {
    if (!/[0-9]/.test(text[i] ?? '')) fail();
    while (/[0-9]/.test(text[i] ?? '')) i++;
  };
  const number = (): void => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits();
    if (text[i] === '.') {
      i++;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
  };
  const string = (): void => {
    i++; // opening quote
    for (;;) {
      if (i >= n) fail(n);
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) fail();
      if (c === 0x5c) {
        i++;
        const escape = text[i];
        if (escape === 'u') {
          for (let k = 1; k <= 4; k++) if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) fail(i + k);
          i += 5;
        } else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) i++;
        else fail();
      } else i++;
    }
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        space();
        if (text[i] !== '"') fail();
        string();
        space();
        if (text[i] !== ':') fail();
        i++;
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else fail();
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else fail();
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    fail();
  };
  try {
    value();
    space();
    if (i < n) fail();
    return -1;
  } catch (error) {
    if (error instanceof SyntaxAt) return Math.min(error.offset, n);
    return -1; // nested too deeply to scan: position unknown
  }
}

/** V8's message without its position and source excerpt, as a sentence. */
function cleanMessage(message: string): string {
  const core = message
    .replace(/\s+(?:in JSON )?at position \d+.*$/s, '')
    .replace(/, ".*" is not valid JSON$/s, '')
    .trim();
  return /[.!?]$/.test(core) ? core : `${core}.`;
}

/** Decodes UTF-8 bytes strictly (a leading BOM is dropped); undefined when they are not UTF-8. */
export function decodeUtf8(input: string | Uint8Array): string | undefined {
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(input);
    } catch {
      return undefined;
    }
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Parses JSON text (or UTF-8 bytes). Failures are a {@link CtgovError} of the given kind whose message says
 * what is wrong and where: "line 3, column 14: Expected ',' or '}' after property value."
 */
export function parseJson(input: string | Uint8Array, kind: CtgovErrorKind = 'invalid-json'): unknown {
  const text = decodeUtf8(input);
  if (text === undefined) throw new CtgovError(kind, 'The content is not UTF-8 text, so it is not JSON.');
  if (!text.trim()) throw new CtgovError(kind, 'The content is empty; expected a JSON study record.');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const offset = jsonErrorOffset(text);
    const reason = cleanMessage(error instanceof Error ? error.message : String(error));
    if (offset === -1) throw new CtgovError(kind, `Invalid JSON: ${reason}`, { cause: error });
    const { line, column } = positionOf(text, offset);
    throw new CtgovError(kind, `Invalid JSON at line ${line}, column ${column}: ${reason}`, {
      line,
      column,
      cause: error,
    });
  }
}
