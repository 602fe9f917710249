import { isAlias, isMap, isNode, isScalar, parseAllDocuments, type Document, type YAMLError } from 'yaml';
import { aliasProblem } from './alias-problem.js';
import { decodeInput, type DecodedInput } from './decode-input.js';
import { duplicateKeyMessage } from './duplicate-key.js';
import { fastParse, type FastParse } from './fast-load.js';
import { MAX_NESTING, tooDeepAt } from './nesting-guard.js';
import { nodeAtPointer } from './node-at-pointer.js';
import { hasRepeatedKey } from './repeated-keys.js';
import type { ReadProblem, ReadProblemCode } from './read-problem.js';
import { LineTable, type SourceRange } from './source-range.js';

export interface LoadTrialOptions {
  /** Shown in messages by callers; not used to read anything. */
  filename?: string;
  /** Larger input is refused unread. Default 8 MiB. */
  maxBytes?: number;
  /** The size of the whole file when `input` is only its head (callers read no more than `maxBytes + 1`). */
  totalBytes?: number;
  /** Alias expansions allowed when building the data (guards against "billion laughs"). Default 100. */
  maxAliasCount?: number;
  /**
   * Try the block reader first (plain block YAML: data and node offsets in one pass) and build the full YAML document
   * only when asked for. Results are the same either way; default true.
   */
  fast?: boolean;
}

/** What to point at when a pointer names a mapping entry. */
export type RangeTarget = 'value' | 'key';

/** A trial file as read: its data, its YAML document (with comments and positions) and what went wrong. */
export interface LoadedTrial {
  filename: string | undefined;
  /** The decoded text, without BOM. All ranges refer to it. */
  text: string;
  hadBom: boolean;
  /** `\r\n` when the first line break is CRLF, else `\n`. Writers keep it. */
  lineEnding: '\n' | '\r\n';
  /** The plain data of the first document; undefined when the file could not be read at all. */
  data: unknown;
  /** The first YAML document (comments, styles, node ranges), undefined when the input was refused before parsing. Built on first access when the fast reader was used. */
  readonly document: Document.Parsed | undefined;
  problems: ReadProblem[];
  /** True when no problem has error severity, i.e. `data` is what the author wrote. */
  ok: boolean;
  /**
   * The source range for a JSON pointer. When the pointer goes further than the document (a missing key), the
   * range of the deepest part that exists. Never throws. A method: call it on the trial.
   */
  rangeOf(pointer: string, target?: RangeTarget): SourceRange;
}

/** Trial files larger than this are refused unless the caller sets `maxBytes`. */
export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;
const DEFAULT_MAX_ALIASES = 100;
/** Past this, further syntax errors are counted, not listed: they are mostly echoes of the first ones. */
const MAX_SYNTAX_ERRORS = 10;

const CODE_BY_YAML_ERROR: Partial<Record<string, ReadProblemCode>> = {
  DUPLICATE_KEY: 'duplicate-key',
  TAB_AS_INDENT: 'tab-indentation',
};

function describeYamlError(error: YAMLError, text: string): string {
  const [start, end] = error.pos;
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return duplicateKeyMessage(text, start, end);
    case 'TAB_AS_INDENT':
      return 'A tab is used for indentation; YAML allows only spaces there.';
    default: {
      if (/call stack/i.test(error.message)) return 'The YAML is nested too deeply to read.';
      const message = error.message.replace(/\s+at line \d+, column \d+[\s\S]*$/, '');
      return `YAML syntax error: ${message}${/[.!?]$/.test(message) ? '' : '.'}`;
    }
  }
}

function emptyRange(): SourceRange {
  return { line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0 };
}

/**
 * Reads a trial file. Accepts text or raw bytes (bytes let it report invalid UTF-8 precisely). Never throws:
 * anything that goes wrong is a problem with a position.
 */
export function loadTrial(input: string | Uint8Array, options: LoadTrialOptions = {}): LoadedTrial {
  const decoded = decodeInput(input, options.maxBytes ?? DEFAULT_MAX_BYTES, options.totalBytes);
  // The block reader limits its own depth, so only the full parser needs the nesting guard first.
  if (options.fast !== false && !decoded.fatal && !decoded.problems.length) {
    const fast = fastParse(decoded.text);
    if (fast) return new FastLoadedTrial(decoded, fast, options);
  }
  const deepAt = decoded.fatal ? -1 : tooDeepAt(decoded.text);
  if (deepAt !== -1) return refusedAsTooDeep(decoded, deepAt, options);
  return fullLoad(decoded, options);
}

/** Input nested so deep that parsing it could exhaust the stack: refused, with where it gets too deep. */
function refusedAsTooDeep(decoded: DecodedInput, offset: number, options: LoadTrialOptions): LoadedTrial {
  const lines = new LineTable(decoded.text);
  const problem: ReadProblem = {
    code: 'syntax-error',
    severity: 'error',
    message: `The YAML nests more than ${MAX_NESTING} levels deep here (a trial needs fewer than 10); it was not read.`,
    range: lines.range(offset, offset + 1),
  };
  return {
    filename: options.filename,
    text: decoded.text,
    hadBom: decoded.hadBom,
    lineEnding: lineEndingOf(decoded.text),
    data: undefined,
    document: undefined,
    problems: [...decoded.problems, problem],
    ok: false,
    rangeOf: () => lines.range(0, 0),
  };
}

/**
 * A trial read by the fast path: same data and ranges; the YAML document is parsed only if someone needs it.
 * A class, with its getter and method on the prototype: V8 gives each object made from a literal with an
 * accessor, or holding a closure of its own, a hidden class of its own, kept in the old generation, whose closure
 * then holds the file's data and text through every young-generation collection until a full one; a lint run
 * promoted 50 KB a file that way. `rangeOf` is therefore a method: call it on the trial.
 */
class FastLoadedTrial implements LoadedTrial {
  readonly filename: string | undefined;
  readonly text: string;
  readonly hadBom: boolean;
  readonly lineEnding: '\n' | '\r\n';
  readonly data: unknown;
  readonly problems: ReadProblem[];
  readonly ok: boolean;
  // Private in the language (#): not listed by Object.keys or JSON.stringify.
  readonly #decoded: DecodedInput;
  readonly #fast: FastParse;
  readonly #options: LoadTrialOptions;
  #full: LoadedTrial | undefined;

  constructor(decoded: DecodedInput, fast: FastParse, options: LoadTrialOptions) {
    this.filename = options.filename;
    this.text = decoded.text;
    this.hadBom = decoded.hadBom;
    this.lineEnding = lineEndingOf(decoded.text);
    this.data = fast.data;
    this.problems = fast.problems;
    this.ok = fast.problems.length === 0;
    this.#decoded = decoded;
    this.#fast = fast;
    this.#options = options;
  }

  get document(): Document.Parsed | undefined {
    this.#full ??= fullLoad(this.#decoded, this.#options);
    return this.#full.document;
  }

  rangeOf(pointer: string, target: RangeTarget = 'value'): SourceRange {
    return this.#fast.rangeOf(pointer, target);
  }
}

function lineEndingOf(text: string): '\n' | '\r\n' {
  const end = text.indexOf('\n');
  return end > 0 && text[end - 1] === '\r' ? '\r\n' : '\n';
}

/** Reads a trial with the full YAML parser: the reference path, used for anything unusual. */
function fullLoad(decoded: DecodedInput, options: LoadTrialOptions): LoadedTrial {
  const { text } = decoded;
  const problems = [...decoded.problems];
  const lines = new LineTable(text);
  let document: Document.Parsed | undefined;
  let data: unknown;

  if (!decoded.fatal) {
    try {
      const read = (uniqueKeys: boolean) =>
        parseAllDocuments(text, {
          prettyErrors: false,
          logLevel: 'error',
          uniqueKeys,
          version: '1.2',
          merge: false,
        });
      // Repeated keys are looked for in one pass (the parser's own check costs the square of a mapping's keys);
      // only a file that has one is parsed again with the check, for the parser's errors in the parser's order.
      let documents = read(false);
      const first = Array.isArray(documents) ? documents[0] : undefined;
      if (first && hasRepeatedKey(first)) documents = read(true);
      const list = Array.isArray(documents) ? documents : [];
      document = list[0];
      const errors = document?.errors ?? [];
      for (const error of errors.slice(0, MAX_SYNTAX_ERRORS)) {
        problems.push({
          code: CODE_BY_YAML_ERROR[error.code] ?? 'syntax-error',
          severity: 'error',
          message: describeYamlError(error, text),
          range: lines.range(error.pos[0], Math.max(error.pos[1], error.pos[0] + 1)),
        });
      }
      if (errors.length > MAX_SYNTAX_ERRORS) {
        const last = problems[problems.length - 1];
        problems.push({
          code: 'syntax-error',
          severity: 'error',
          message: `${errors.length - MAX_SYNTAX_ERRORS} more YAML syntax errors follow; fix the first ones and read the file again.`,
          range: last?.range ?? emptyRange(),
        });
      }
      for (const warning of document?.warnings ?? []) {
        problems.push({
          code: 'unsupported-yaml',
          severity: 'warning',
          message: `${warning.message.replace(/\s+at line \d+[\s\S]*$/, '')}.`,
          range: lines.range(warning.pos[0], warning.pos[1]),
        });
      }
      const extra = list[1];
      if (extra) {
        const start = extra.range[0];
        problems.push({
          code: 'multiple-documents',
          severity: 'error',
          message: `The file holds ${list.length} YAML documents; a trial file holds one. Remove the "---" separator or split the file.`,
          range: lines.range(start, start + 3),
        });
      }
      if (document && !document.errors.length) {
        if (!isMap(document.contents)) {
          const found = document.contents === null ? 'nothing' : describeRoot(document.contents.toJSON());
          const at = document.contents?.range ?? [0, 0];
          problems.push({
            code: 'root-not-mapping',
            severity: 'error',
            message: `A trial file is a mapping of modules (identificationModule:, statusModule:, ...), but this file holds ${found}.`,
            range: lines.range(at[0], at[1]),
          });
        }
        data = toData(document, options.maxAliasCount ?? DEFAULT_MAX_ALIASES, lines, problems);
      } else if (document) {
        // Keep what could be read so editors can still help; callers check `ok` before trusting it.
        data = toData(document, options.maxAliasCount ?? DEFAULT_MAX_ALIASES, lines, []);
      } else {
        problems.push({
          code: 'root-not-mapping',
          severity: 'error',
          message:
            'The file is empty; a trial file is a mapping of modules (identificationModule:, statusModule:, ...).',
          range: emptyRange(),
        });
      }
    } catch (error) {
      problems.push({
        code: 'internal-error',
        severity: 'error',
        message: `The file could not be read: ${error instanceof Error ? error.message : String(error)}.`,
        range: emptyRange(),
      });
    }
  }

  const lineEnding = lineEndingOf(text);
  return {
    filename: options.filename,
    text,
    hadBom: decoded.hadBom,
    lineEnding,
    data,
    document,
    problems,
    ok: !problems.some((problem) => problem.severity === 'error'),
    rangeOf: (pointer, target = 'value') => rangeOfPointer(document, lines, text, pointer, target),
  };
}

function describeRoot(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return `a single ${typeof value} value`;
}

function toData(
  document: Document.Parsed,
  maxAliasCount: number,
  lines: LineTable,
  problems: ReadProblem[],
): unknown {
  try {
    return document.toJS({ maxAliasCount });
  } catch (error) {
    const alias = aliasProblem(document, error, maxAliasCount);
    problems.push({
      code: alias ? alias.kind : 'internal-error',
      severity: 'error',
      message:
        alias?.message ??
        `The file could not be turned into data: ${error instanceof Error ? error.message : String(error)}.`,
      range: alias ? lines.range(alias.range[0], alias.range[1]) : emptyRange(),
    });
    return undefined;
  }
}

function rangeOfPointer(
  document: Document.Parsed | undefined,
  lines: LineTable,
  text: string,
  pointer: string,
  target: RangeTarget,
): SourceRange {
  try {
    if (!document?.contents) return emptyRange();
    const { node, pair, exact } = nodeAtPointer(document, pointer);
    const keyRange = isNode(pair?.key) ? pair.key.range : undefined;
    const emptyValue =
      node === null || (isScalar(node) && node.value === null && node.range?.[0] === node.range?.[1]);
    if (keyRange && (target === 'key' || !exact || emptyValue || !isScalarLike(node))) {
      return lines.range(keyRange[0], keyRange[1]);
    }
    if (!node?.range) return emptyRange();
    const [start, valueEnd] = node.range;
    if (isScalarLike(node)) return lines.range(start, valueEnd);
    // A collection outside a mapping (a list item, the root): its first line.
    let end = text.indexOf('\n', start);
    if (end === -1 || end > valueEnd) end = valueEnd;
    while (end > start && /[ \t\r]/.test(text[end - 1] as string)) end--;
    return lines.range(start, Math.max(start, end));
  } catch {
    return emptyRange();
  }
}

function isScalarLike(node: unknown): boolean {
  return isScalar(node) || isAlias(node);
}
