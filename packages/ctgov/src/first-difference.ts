import { joinPointer } from '@trialyaml/core';

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value;
}

/**
 * The JSON pointer of the first place where two JSON-like values differ (value, type, key set or array
 * length), or undefined when they are equal. `Object.is` compares scalars, so `-0` and `0` differ.
 */
export function firstDifference(a: unknown, b: unknown, pointer = ''): string | undefined {
  if (kindOf(a) !== kindOf(b)) return pointer;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (i >= a.length || i >= b.length) return joinPointer(pointer, i);
      const found = firstDifference(a[i], b[i], joinPointer(pointer, i));
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (a !== null && typeof a === 'object' && b !== null && typeof b === 'object') {
    const left = a as Record<string, unknown>;
    const right = b as Record<string, unknown>;
    for (const key of Object.keys(left)) {
      if (!Object.prototype.hasOwnProperty.call(right, key)) return joinPointer(pointer, key);
      const found = firstDifference(left[key], right[key], joinPointer(pointer, key));
      if (found !== undefined) return found;
    }
    for (const key of Object.keys(right)) {
      if (!Object.prototype.hasOwnProperty.call(left, key)) return joinPointer(pointer, key);
    }
    return undefined;
  }
  return Object.is(a, b) ? undefined : pointer;
}
