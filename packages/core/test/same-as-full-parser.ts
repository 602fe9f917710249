import { expect } from 'vitest';
import { encodePointer } from '../src/pointer.js';
import { readBlockYaml } from '../src/yaml/block-reader.js';
import { fastParse } from '../src/yaml/fast-load.js';
import { loadTrial } from '../src/yaml/load-trial.js';
import { lineStartsOf, type SourceRange } from '../src/yaml/source-range.js';

/** Every pointer in a value, with the targets worth checking. */
function pointers(value: unknown, path: Array<string | number> = []): string[] {
  const here = [encodePointer(path)];
  if (Array.isArray(value))
    return [...here, ...value.flatMap((item, index) => pointers(item, [...path, index]))];
  if (value !== null && typeof value === 'object') {
    return [
      ...here,
      ...Object.entries(value).flatMap(([key, child]) => pointers(child, [...path, key])),
      encodePointer([...path, 'missingKey']),
    ];
  }
  return here;
}

/** Whether two ranges are the same (a cheap check before a full assertion). */
function sameRange(a: SourceRange, b: SourceRange): boolean {
  return (
    a.line === b.line &&
    a.column === b.column &&
    a.endLine === b.endLine &&
    a.endColumn === b.endColumn &&
    a.offset === b.offset &&
    a.endOffset === b.endOffset
  );
}

/** The fast path either declines or agrees with the full parser on problems, data and every range. */
export function expectSameAsFullParser(text: string): boolean {
  const fast = fastParse(text);
  const full = loadTrial(text, { fast: false });
  if (!fast) return false;
  const label = JSON.stringify(text);
  // The same problems (none, or the same repeated keys), the same data and the same ranges.
  expect(fast.problems, label).toEqual(full.problems);
  expect(fast.data, label).toStrictEqual(full.data);
  // The line starts the reader records as it reads are the text's own.
  expect(Array.from(readBlockYaml(text)?.lineStarts ?? []), label).toEqual(lineStartsOf(text));
  for (const pointer of pointers(full.data)) {
    for (const target of ['value', 'key'] as const) {
      const fastRange = fast.rangeOf(pointer, target);
      const fullRange = full.rangeOf(pointer, target);
      // Asserted one by one only when they differ: a large record has tens of thousands of pointers.
      if (!sameRange(fastRange, fullRange))
        expect([pointer, target, fastRange], label).toEqual([pointer, target, fullRange]);
    }
  }
  return true;
}
