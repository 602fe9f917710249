import { expect } from 'vitest';
import { encodePointer } from '../src/pointer.js';
import { fastParse } from '../src/yaml/fast-load.js';
import { loadTrial } from '../src/yaml/load-trial.js';

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

/** The fast path either declines or agrees with the full parser on problems, data and every range. */
export function expectSameAsFullParser(text: string): boolean {
  const fast = fastParse(text);
  const full = loadTrial(text, { fast: false });
  if (!fast) return false;
  // The same problems (none, or the same repeated keys), the same data and the same ranges.
  expect(fast.problems, JSON.stringify(text)).toEqual(full.problems);
  expect(fast.data, JSON.stringify(text)).toStrictEqual(full.data);
  for (const pointer of pointers(full.data)) {
    for (const target of ['value', 'key'] as const) {
      expect([pointer, target, fast.rangeOf(pointer, target)], JSON.stringify(text)).toEqual([
        pointer,
        target,
        full.rangeOf(pointer, target),
      ]);
    }
  }
  return true;
}
