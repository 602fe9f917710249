import { decodePointer } from '../pointer.js';
import { readBlockYaml } from './block-reader.js';
import { duplicateKeyMessage } from './duplicate-key.js';
import { NodeKind } from './node-index.js';
import type { ReadProblem } from './read-problem.js';
import { LineTable, type SourceRange } from './source-range.js';

/** The result of the fast path: plain data and a way to position pointers without a YAML document. */
export interface FastParse {
  data: unknown;
  /** Repeated keys: the only errors the block reader reports (it declines anything else that is wrong). */
  problems: ReadProblem[];
  rangeOf(pointer: string, target: 'value' | 'key'): SourceRange;
}

/**
 * Reads plain block YAML with the block reader, which builds the data and a compact node index in one pass;
 * returns undefined for anything else, and the caller uses the full parser. Ranges follow the full path's
 * conventions (a key for collections, missing parts and empty values; a collection outside a mapping shows
 * its first line). A differential test holds the two paths to the same data and ranges.
 */
export function fastParse(text: string): FastParse | undefined {
  const read = readBlockYaml(text);
  if (!read) return undefined;
  const { data, index, duplicateKeys, lineStarts } = read;
  let lines: LineTable | undefined;
  const problems = duplicateKeys.map((start): ReadProblem => {
    lines ??= new LineTable(text, lineStarts);
    return {
      code: 'duplicate-key',
      severity: 'error',
      message: duplicateKeyMessage(text, start, start + 1),
      range: lines.range(start, start + 1),
    };
  });
  return {
    data,
    problems,
    rangeOf(pointer, target) {
      lines ??= new LineTable(text, lineStarts);
      const { node, exact } = index.locate(decodePointer(pointer));
      const kind = index.kind(node);
      const keyStart = index.keyStart(node);
      if (keyStart !== -1 && (target === 'key' || !exact || kind !== NodeKind.Scalar))
        return lines.range(keyStart, index.keyEnd(node));
      return lines.range(index.start(node), index.end(node));
    },
  };
}
