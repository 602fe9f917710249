import { describe, expect, it } from 'vitest';
import { CtgovError } from './errors.js';
import { jsonErrorOffset, parseJson, positionOf } from './parse-json.js';

function failure(input: string | Uint8Array): CtgovError {
  try {
    parseJson(input);
  } catch (error) {
    if (error instanceof CtgovError) return error;
    throw error;
  }
  throw new Error('expected parseJson to fail');
}

describe('parseJson', () => {
  it('parses JSON text and UTF-8 bytes, dropping a BOM', () => {
    expect(parseJson('{"a": [1, "x"]}')).toEqual({ a: [1, 'x'] });
    expect(parseJson(new TextEncoder().encode('\uFEFF{"b": true}'))).toEqual({ b: true });
  });

  it.each([
    ['a trailing comma', '{\n  "a": 1,\n}', 3, 1, /property name/],
    ['a missing colon', '{"a" 1}', 1, 6, /':'/],
    ['an unknown word', '{\n  "a": x\n}', 2, 8, /Unexpected token 'x'/],
    ['a truncated literal', '{"a": tru}', 1, 10, /Unexpected token/],
    ['an unterminated string', '{"a": "b', 1, 9, /Unterminated string/],
    ['a leading zero', '{"a": 01}', 1, 8, /number/],
    ['a raw tab in a string', '{"a": "x\ty"}', 1, 9, /control character/],
    ['text after the value', '{"a": 1}\n}', 2, 1, /after JSON/],
    ['a truncated document', '{"a": [1, 2', 1, 12, /Expected ',' or ']'/],
  ])('reports %s with its line and column', (_name, text, line, column, reason) => {
    const error = failure(text);
    expect(error.kind).toBe('invalid-json');
    expect(error.details).toMatchObject({ line, column });
    expect(error.message).toMatch(new RegExp(`^Invalid JSON at line ${line}, column ${column}: `));
    expect(error.message).toMatch(reason);
    expect(error.message).not.toMatch(/position \d+/);
  });

  it.each([
    ['empty text', '', /empty/],
    ['blank text', '  \n ', /empty/],
    ['bytes that are not UTF-8', new Uint8Array([0x7b, 0xff, 0x7d]), /not UTF-8/],
  ])('explains %s', (_name, input, message) => {
    const error = failure(input);
    expect(error.kind).toBe('invalid-json');
    expect(error.message).toMatch(message);
  });

  it('uses the kind it is given (bad-json for registry answers)', () => {
    expect(() => parseJson('nope', 'bad-json')).toThrow(expect.objectContaining({ kind: 'bad-json' }));
  });
});

describe('jsonErrorOffset', () => {
  it('is -1 for valid JSON and points at the first bad character otherwise', () => {
    expect(jsonErrorOffset('{"a": [1, -2.5e3, "\\u00e9", null, true, false, {}]}')).toBe(-1);
    expect(jsonErrorOffset('[1, 2,]')).toBe(6);
    expect(jsonErrorOffset('{"a": "\\q"}')).toBe(8);
    expect(jsonErrorOffset('{"a": "\\u12G4"}')).toBe(11);
    expect(jsonErrorOffset('[-]')).toBe(2);
  });
});

describe('positionOf', () => {
  it('counts lines and UTF-16 columns from 1', () => {
    expect(positionOf('ab\ncd\nef', 0)).toEqual({ line: 1, column: 1 });
    expect(positionOf('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(positionOf('ab\ncd\nef', 8)).toEqual({ line: 3, column: 3 });
  });
});
