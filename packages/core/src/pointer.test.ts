import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePointer, encodePointer, getAtPointer, joinPointer, parentPointer } from './pointer.js';

describe('JSON pointers', () => {
  it.each([
    [[], ''],
    [['a', 0, 'b'], '/a/0/b'],
    [['a/b', 'c~d'], '/a~1b/c~0d'],
  ] as const)('%j ⇄ %s', (path, pointer) => {
    expect(encodePointer(path)).toBe(pointer);
    expect(decodePointer(pointer)).toEqual(path.map(String));
  });

  it('navigates, joins and climbs', () => {
    const data = { a: [{ b: 1 }] };
    expect(getAtPointer(data, '/a/0/b')).toBe(1);
    expect(getAtPointer(data, '/a/1/b')).toBeUndefined();
    expect(getAtPointer(data, '/a/0/b/c')).toBeUndefined();
    expect(joinPointer('/a', 0, 'b')).toBe('/a/0/b');
    expect(parentPointer('/a/0/b')).toBe('/a/0');
    expect(parentPointer('/a')).toBe('');
  });

  it('finds what the segments lead to, for any keys (escapes included)', () => {
    const key = fc.constantFrom('a', 'b/c', 'd~e', '~1', '0', '');
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.array(fc.oneof(key, fc.nat({ max: 3 })), { maxLength: 4 }),
        (data, path) => {
          let expected: unknown = data;
          for (const segment of path) {
            if (Array.isArray(expected)) expected = expected[Number(segment)];
            else if (expected !== null && typeof expected === 'object')
              expected = (expected as Record<string, unknown>)[String(segment)];
            else expected = undefined;
            if (expected === undefined) break;
          }
          expect(getAtPointer(data, encodePointer(path))).toEqual(expected);
          expect(decodePointer(encodePointer(path))).toEqual(path.map(String));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
