import { describe, expect, it } from 'vitest';
import { firstDifference } from './first-difference.js';

describe('firstDifference', () => {
  it.each([
    ['equal data', { a: [1, 'x', null, { b: true }] }, { a: [1, 'x', null, { b: true }] }, undefined],
    ['a changed value', { a: { b: '1' } }, { a: { b: 1 } }, '/a/b'],
    ['a missing key', { a: 1, b: 2 }, { a: 1 }, '/b'],
    ['an extra key', { a: 1 }, { a: 1, 'c/d': 2 }, '/c~1d'],
    ['a shorter list', { a: [1, 2] }, { a: [1] }, '/a/1'],
    ['a list for an object', { a: [] }, { a: {} }, '/a'],
    ['null for an object', { a: null }, { a: {} }, '/a'],
    ['-0 for 0', [0], [-0], '/0'],
  ])('finds %s', (_name, a, b, pointer) => {
    expect(firstDifference(a, b)).toBe(pointer);
  });
});
