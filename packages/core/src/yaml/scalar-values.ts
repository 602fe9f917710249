/**
 * Scalar values as YAML 1.2's core schema reads them (what `yaml` gives for the same text): plain scalars
 * resolved to null, booleans, numbers or text, and the escapes of quoted scalars.
 */

/**
 * Whether a plain scalar starting with this character may be a null, boolean or number ("~", n/N, t/T, f/F,
 * digits, signs, "."); any other is text.
 */
function mayStartNonText(code: number): boolean {
  return (
    code <= 57 ||
    code === 110 ||
    code === 78 ||
    code === 116 ||
    code === 84 ||
    code === 102 ||
    code === 70 ||
    code === 126
  );
}

const INTEGER = /^[-+]?[0-9]+$/;
const OCTAL = /^0o[0-7]+$/;
const HEXADECIMAL = /^0x[0-9a-fA-F]+$/;
const INFINITY_OR_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXPONENTIAL = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const DECIMAL = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Where the run of digits starting at `from` ends (at most at `end`). */
function digitsEnd(text: string, from: number, end: number): number {
  let at = from;
  while (at < end && isDigit(text.charCodeAt(at))) at++;
  return at;
}

/** YAML 1.2 core schema resolution of a plain scalar, as `yaml` does it. */
export function resolvePlain(text: string): unknown {
  return resolvePlainIn(text, 0, text.length);
}

/**
 * `resolvePlain(source.slice(start, end))`, reading the scalar in place. The block reader passes the document's
 * text: the reads then see one string, where freshly cut slices (of several internal kinds) made every
 * character read go through V8's slowest, megamorphic property lookups.
 */
export function resolvePlainIn(source: string, start: number, end: number): unknown {
  if (start >= end) return '';
  const first = source.charCodeAt(start);
  if (!mayStartNonText(first)) return source.slice(start, end);
  // Fast answers for the shapes trial files are full of; anything else takes the full list of patterns below.
  const signed = first === 45 /* - */ || first === 43; /* + */
  if (isDigit(first) || (signed && start + 1 < end && isDigit(source.charCodeAt(start + 1)))) {
    const integerEnd = digitsEnd(source, signed ? start + 1 : start, end);
    // An integer ("42", "-7"), or a decimal with digits before the point ("42.3601", "-71.05").
    if (integerEnd === end) return parseInt(source.slice(start, end), 10);
    const next = source.charCodeAt(integerEnd);
    if (next === 46 /* . */ && digitsEnd(source, integerEnd + 1, end) === end)
      return parseFloat(source.slice(start, end));
    // Digits followed by something no number continues with ("2019-11-26", "18 Years", "02115-1234"): text.
    if (
      !signed &&
      next !== 46 /* . */ &&
      next !== 101 /* e */ &&
      next !== 69 /* E */ &&
      next !== 120 /* x */ &&
      next !== 111 /* o */
    )
      return source.slice(start, end);
  } else if (first !== 46 /* . */ && !signed) {
    // A letter (n, t, f in either case) or "~": only the null and boolean words are not text.
    const text = source.slice(start, end);
    if (text.length > 5) return text;
    if (text === '~' || text === 'null' || text === 'Null' || text === 'NULL') return null;
    if (text === 'true' || text === 'True' || text === 'TRUE') return true;
    if (text === 'false' || text === 'False' || text === 'FALSE') return false;
    return text;
  }
  return resolveByPatterns(source.slice(start, end));
}

/** The YAML 1.2 core schema's patterns for what the fast answers leave (signs, octal, hex, exponents...). */
function resolveByPatterns(text: string): unknown {
  if (INTEGER.test(text)) return parseInt(text, 10);
  if (OCTAL.test(text)) return parseInt(text.substring(2), 8);
  if (HEXADECIMAL.test(text)) return parseInt(text.substring(2), 16);
  if (INFINITY_OR_NAN.test(text))
    return text.slice(-3).toLowerCase() === 'nan'
      ? NaN
      : text[0] === '-'
        ? Number.NEGATIVE_INFINITY
        : Number.POSITIVE_INFINITY;
  if (EXPONENTIAL.test(text)) return parseFloat(text);
  if (DECIMAL.test(text)) return parseFloat(text);
  return text;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\x85',
  _: '\xa0',
  L: '\u2028',
  P: '\u2029',
};
const HEX_ESCAPE_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/** The value of a single-quoted scalar's inner text: '' stands for '. */
export function unquoteSingle(inner: string): string {
  return inner.includes("''") ? inner.replace(/''/g, "'") : inner;
}

/** The value of a double-quoted scalar's inner text (one line); undefined for an escape YAML does not define. */
export function unquoteDouble(inner: string): string | undefined {
  if (!inner.includes('\\')) return inner;
  let result = '';
  let from = 0;
  for (let at = inner.indexOf('\\'); at !== -1; at = inner.indexOf('\\', from)) {
    result += inner.slice(from, at);
    const escape = inner[at + 1] ?? '';
    const simple = SIMPLE_ESCAPES[escape];
    if (simple !== undefined) {
      result += simple;
      from = at + 2;
      continue;
    }
    const length = HEX_ESCAPE_LENGTH[escape];
    const hex = length ? inner.slice(at + 2, at + 2 + length) : '';
    if (!length || hex.length !== length || !/^[0-9a-fA-F]+$/.test(hex)) return undefined;
    const code = parseInt(hex, 16);
    if (code > 0x10ffff) return undefined;
    result += String.fromCodePoint(code);
    from = at + 2 + length;
  }
  return result + inner.slice(from);
}
