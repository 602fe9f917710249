import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { exampleFiles } from '../../test/paths.js';
import { hasRepeatedKey } from './repeated-keys.js';

/** What the parser's own (quadratic) check says. */
function parserSaysRepeated(text: string): boolean {
  return parseDocument(text, { uniqueKeys: true, version: '1.2', merge: false }).errors.some(
    (error) => error.code === 'DUPLICATE_KEY',
  );
}

function onePassSaysRepeated(text: string): boolean {
  return hasRepeatedKey(parseDocument(text, { uniqueKeys: false, version: '1.2', merge: false }));
}

describe('hasRepeatedKey ≡ the parser’s uniqueKeys check', () => {
  it.each([
    ['no repeat', 'a: 1\nb: 2\n', false],
    ['a repeat', 'a: 1\nb: 2\na: 3\n', true],
    ['a repeat in a nested mapping', 'm:\n  x: 1\n  x: 2\n', true],
    ['the same key in two mappings', 'm:\n  x: 1\nn:\n  x: 2\n', false],
    ['a repeat in a flow mapping', 'm: {x: 1, y: 2, x: 3}\n', true],
    ['a repeat in a mapping inside a list', 'l:\n  - a: 1\n    a: 2\n', true],
    ['quoted and plain spellings of one key', 'a: 1\n"a": 2\n', true],
    ['1 and "1" (a number and a string)', '1: x\n"1": y\n', false],
    ['0 and -0', '0: x\n-0: y\n', true],
    ['.nan twice (never equal)', '.nan: x\n.nan: y\n', false],
    ['null twice', '~: x\nnull: y\n', true],
    ['two empty keys', '? \n: x\n? \n: y\n', true],
    ['collection keys with the same content', '? [a]\n: x\n? [a]\n: y\n', false],
    ['true and "true"', 'true: x\n"true": y\n', false],
    ['anchored and aliased keys', '&k a: 1\n*k : 2\n', false],
  ])('%s', (_name, text, repeated) => {
    expect(parserSaysRepeated(text)).toBe(repeated);
    expect(onePassSaysRepeated(text)).toBe(repeated);
  });

  it.each(exampleFiles())('example %s, and with its first key repeated at the end', (_name, text) => {
    expect(onePassSaysRepeated(text)).toBe(parserSaysRepeated(text));
    const firstKey = /^(\w+):/m.exec(text)?.[1] ?? 'x';
    const repeated = `${text}${firstKey}: again\n`;
    expect(parserSaysRepeated(repeated)).toBe(true);
    expect(onePassSaysRepeated(repeated)).toBe(true);
  });
});
