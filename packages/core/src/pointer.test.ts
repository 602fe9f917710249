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
});
