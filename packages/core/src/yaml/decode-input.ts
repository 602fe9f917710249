import type { ReadProblem } from './read-problem.js';
import { lineStartsOf, positionAt, type SourceRange } from './source-range.js';

export interface DecodedInput {
  text: string;
  hadBom: boolean;
  /** Problems that make the content unusable (binary, too large): no parse should follow. */
  fatal: ReadProblem | undefined;
  problems: ReadProblem[];
}

function pointRange(text: string, offset: number): SourceRange {
  const at = positionAt(lineStartsOf(text.slice(0, offset + 1)), offset);
  return {
    line: at.line,
    column: at.col,
    endLine: at.line,
    endColumn: at.col + 1,
    offset,
    endOffset: offset + 1,
  };
}

const START: SourceRange = { line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0 };

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Byte offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Turns raw input into text: refuses binary and oversized input, reports bytes that are not UTF-8 (decoding
 * them as U+FFFD so the rest can still be read) and drops a leading BOM.
 */
export function decodeInput(input: string | Uint8Array, maxBytes: number, totalBytes?: number): DecodedInput {
  const problems: ReadProblem[] = [];
  const size = Math.max(totalBytes ?? 0, typeof input === 'string' ? input.length : input.byteLength);
  if (size > maxBytes) {
    const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
    const fatal: ReadProblem = {
      code: 'file-too-large',
      severity: 'error',
      message: `The file is ${mb(size)} MB, more than the ${mb(maxBytes)} MB a trial file may have; it was not read.`,
      range: START,
    };
    return { text: '', hadBom: false, fatal, problems: [fatal] };
  }
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    if ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff)) {
      const fatal: ReadProblem = {
        code: 'invalid-encoding',
        severity: 'error',
        message: 'The file is UTF-16 encoded; save it as UTF-8.',
        range: START,
      };
      return { text: '', hadBom: false, fatal, problems: [fatal] };
    }
    let bad = -1;
    try {
      // Well-formed UTF-8 (nearly every file) is decoded and checked in one native pass.
      text = STRICT_UTF8.decode(input);
    } catch {
      text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(input);
      bad = firstInvalidUtf8(input);
    }
    if (bad !== -1) {
      const offset = new TextDecoder('utf-8', { ignoreBOM: true }).decode(input.subarray(0, bad)).length;
      const hex = (input[bad] as number).toString(16).toUpperCase().padStart(2, '0');
      problems.push({
        code: 'invalid-encoding',
        severity: 'error',
        message: `Byte 0x${hex} is not valid UTF-8; save the file as UTF-8 (shown here as \uFFFD).`,
        range: pointRange(text, offset),
      });
    }
  }
  const nul = text.indexOf('\0');
  if (nul !== -1) {
    const fatal: ReadProblem = {
      code: 'binary-file',
      severity: 'error',
      message: 'The file contains NUL bytes; it looks like a binary file, not YAML text.',
      range: pointRange(text, nul),
    };
    return { text: '', hadBom: false, fatal, problems: [fatal] };
  }
  const hadBom = text.charCodeAt(0) === 0xfeff;
  if (hadBom) {
    text = text.slice(1);
    for (const problem of problems) {
      problem.range = {
        ...problem.range,
        offset: problem.range.offset - 1,
        endOffset: problem.range.endOffset - 1,
      };
      if (problem.range.line === 1)
        problem.range = {
          ...problem.range,
          column: problem.range.column - 1,
          endColumn: problem.range.endColumn - 1,
        };
    }
  }
  return { text, hadBom, fatal: undefined, problems };
}
