import { Scalar, stringify } from 'yaml';
import { doubleQuotedScalar } from '../../src/fixes/scalar-text.js';

/** A seeded pseudo-random generator (mulberry32): the same seed gives the same files on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const FLOW_UNSAFE = /[,[\]{}#]/;

function isObject(value: Json): value is { [key: string]: Json } {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function quoted(value: string, type: Scalar.Type): string {
  // One line, as inside flow collections and after keys; YAML's writer would fold multi-line text.
  if (type === Scalar.QUOTE_DOUBLE) return doubleQuotedScalar(value);
  const scalar = new Scalar(value);
  scalar.type = type;
  return stringify(scalar, { lineWidth: 0 }).replace(/\n$/, '');
}

/** Whether a literal block (`|` / `|-`) reads back as `value` (same conditions as the fixer's). */
function blockable(value: string): boolean {
  return (
    value !== '' &&
    !/^[ \t]/.test(value) &&
    !value.endsWith('\n\n') &&
    // eslint-disable-next-line no-control-regex -- control characters are what this rules out
    !/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(value) &&
    !value
      .replace(/\n$/, '')
      .split('\n')
      .some((line) => line !== '' && /^[ \t]+$/.test(line))
  );
}

/**
 * Writes JSON-like data as YAML in randomly chosen styles: block and flow collections (flow ones on one line or
 * several, with trailing commas and closing brackets on their own lines), plain, quoted and literal block
 * strings, anchors, and comments on every kind of line (entries, own lines, block scalar headers, inside flow
 * collections). Line breaks are `\n`; {@link withLineEndings} changes them.
 */
export class StyledYamlWriter {
  private comments = 0;
  private anchors = 0;

  constructor(private readonly random: () => number) {}

  private chance(p: number): boolean {
    return this.random() < p;
  }

  private comment(): string {
    const texts = ['note', 'keep me', 'a: [b], {c}', '#', 'TODO check', 'é ü 日本'];
    return `# c${++this.comments} ${texts[Math.floor(this.random() * texts.length)]}`;
  }

  private trailingComment(): string {
    return this.chance(0.25) ? `  ${this.comment()}` : '';
  }

  private anchor(): string {
    return this.chance(0.08) ? `&a${++this.anchors} ` : '';
  }

  /** A scalar on one line; `flow` when it sits inside `[...]` / `{...}`. */
  private inlineScalar(value: Exclude<Json, Json[] | object>, flow: boolean): string {
    if (value === null) return this.chance(0.5) ? 'null' : '~';
    if (typeof value !== 'string') return String(value);
    const plain = stringify(new Scalar(value), { lineWidth: 0, defaultStringType: 'PLAIN' }).replace(
      /\n$/,
      '',
    );
    const plainOk = !plain.includes('\n') && !/^["']/.test(plain) && !(flow && FLOW_UNSAFE.test(plain));
    const pick = this.random();
    if (plainOk && pick < 0.6) return plain;
    if (!value.includes('\n') && pick < 0.8) return quoted(value, Scalar.QUOTE_SINGLE);
    return quoted(value, Scalar.QUOTE_DOUBLE);
  }

  private flow(value: Json[] | { [key: string]: Json }, indent: number): string {
    const entries = Array.isArray(value)
      ? value.map((item) => this.flowValue(item, indent + 2))
      : Object.entries(value).map(([key, item]) => `${key}: ${this.flowValue(item, indent + 2)}`);
    const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
    if (!entries.length) return this.chance(0.5) ? `${open}${close}` : `${open} ${close}`;
    const trailingComma = this.chance(0.4) ? ',' : '';
    if (this.chance(0.5)) return `${open}${entries.join(', ')}${trailingComma}${close}`;
    // Several lines: one entry a line, comments after the commas, the closing bracket on its own line.
    const pad = ' '.repeat(indent + 2);
    const lines = entries.map((entry, index) => {
      const last = index === entries.length - 1;
      const comma = last ? trailingComma : ',';
      const note = (comma || !last) && this.chance(0.3) ? ` ${this.comment()}` : '';
      return `${pad}${entry}${comma}${note}`;
    });
    return `${open}\n${lines.join('\n')}\n${' '.repeat(indent + 1)}${close}`;
  }

  private flowValue(value: Json, indent: number): string {
    if (Array.isArray(value) || isObject(value)) return this.anchor() + this.flow(value, indent);
    return this.anchor() + this.inlineScalar(value, true);
  }

  /** `prefix` (e.g. `key:` or `-`) and a value after it, as lines at `indent`. */
  private entry(prefix: string, value: Json, indent: number): string[] {
    const pad = ' '.repeat(indent);
    if (Array.isArray(value) || isObject(value)) {
      const empty = Array.isArray(value) ? !value.length : !Object.keys(value).length;
      if (empty || this.chance(0.3)) {
        return [`${pad}${prefix} ${this.anchor()}${this.flow(value, indent)}${this.trailingComment()}`];
      }
      const anchor = prefix === '-' ? '' : this.anchor().trimEnd();
      const head = `${pad}${prefix}${anchor ? ` ${anchor}` : ''}${this.trailingComment()}`;
      const body = Array.isArray(value)
        ? this.blockSequence(value, indent + 2)
        : this.blockMapping(value, indent + 2);
      return [head, ...body];
    }
    if (typeof value === 'string' && blockable(value) && (value.includes('\n') || this.chance(0.15))) {
      const chomp = value.endsWith('\n') ? '' : '-';
      const header = `${pad}${prefix} ${this.anchor()}|${chomp}${this.chance(0.4) ? `  ${this.comment()}` : ''}`;
      const body = value
        .replace(/\n$/, '')
        .split('\n')
        .map((line) => (line ? `${pad}  ${line}` : ''));
      return [header, ...body];
    }
    if (typeof value === 'string' && value.includes('\n')) {
      return [
        `${pad}${prefix} ${this.anchor()}${quoted(value, Scalar.QUOTE_DOUBLE)}${this.trailingComment()}`,
      ];
    }
    return [`${pad}${prefix} ${this.anchor()}${this.inlineScalar(value, false)}${this.trailingComment()}`];
  }

  private ownLineComment(indent: number): string[] {
    return this.chance(0.1) ? [`${' '.repeat(indent)}${this.comment()}`] : [];
  }

  blockMapping(value: { [key: string]: Json }, indent: number): string[] {
    return Object.entries(value).flatMap(([key, item]) => [
      ...this.ownLineComment(indent),
      ...this.entry(`${key}:`, item, indent),
    ]);
  }

  private blockSequence(value: Json[], indent: number): string[] {
    return value.flatMap((item) => {
      if (isObject(item) && Object.keys(item).length && this.chance(0.8)) {
        // `- key: value` with the rest of the mapping under it.
        const [first, ...rest] = this.blockMapping(item, indent + 2);
        const firstLine = (first as string).slice(indent + 2);
        return [...this.ownLineComment(indent), `${' '.repeat(indent)}- ${firstLine}`, ...rest];
      }
      return [...this.ownLineComment(indent), ...this.entry('-', item, indent)];
    });
  }

  /** A whole file: header comments, then the mapping. */
  document(value: { [key: string]: Json }): string {
    const header = this.chance(0.7) ? [this.comment()] : [];
    return `${[...header, ...this.blockMapping(value, 0)].join('\n')}\n`;
  }
}

export type LineEndingStyle = 'lf' | 'crlf' | 'mixed';

/** The text with its `\n` line breaks as LF, CRLF or a mix (mostly CRLF), and a BOM when asked. */
export function withLineEndings(
  text: string,
  style: LineEndingStyle,
  bom: boolean,
  random: () => number,
): string {
  const converted =
    style === 'lf' ? text : text.replace(/\n/g, () => (style === 'crlf' || random() < 0.8 ? '\r\n' : '\n'));
  return (bom ? '\uFEFF' : '') + converted;
}
