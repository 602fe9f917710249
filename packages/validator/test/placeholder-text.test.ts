import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decoratedPlaceholder, isPlaceholder } from '../src/rule-support/placeholder-text.js';

// Pieces that make both placeholders and real text, with the blanks, decoration and escapes the checks strip.
const PIECES = [
  'tbd',
  'N/A',
  'to',
  'be',
  'determined',
  'Test',
  'x',
  'X',
  'lorem',
  'ipsum',
  'none',
  'Boston',
  'é',
  'Unknown',
  'pending',
  'Fill in',
  'Mayo Clinic',
  '42',
  'Nil',
  'ZZ',
];
const SEPARATORS = [
  '',
  ' ',
  '  ',
  '\t',
  '\n',
  '.',
  '..',
  '(',
  ')',
  '*',
  '_',
  '"',
  '\\',
  '\\.',
  '-',
  '?',
  '/',
  '[',
  ']',
];

describe('placeholder check', () => {
  it('answers as the reference check does, on text built to be near placeholders', () => {
    const text = fc
      .array(fc.tuple(fc.constantFrom(...SEPARATORS), fc.constantFrom(...PIECES)), { maxLength: 4 })
      .chain((parts) =>
        fc
          .constantFrom(...SEPARATORS)
          .map((end) => parts.map(([separator, piece]) => separator + piece).join('') + end),
      );
    const pointer = fc.constantFrom(
      '/identificationModule/briefTitle',
      '/armsInterventionsModule/armGroups/0/label',
    );
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 45 })), pointer, (value, at) => {
        expect(isPlaceholder(value, () => at)).toBe(decoratedPlaceholder(value, () => at));
      }),
      { numRuns: 20_000 },
    );
  });

  it.each([
    ['TBD', true],
    ['to  be determined', true],
    ['to\tdo', true],
    ['(N/A)', true],
    ['N/A.', true],
    ['xxxx', true],
    ['Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do', true],
    ['Boston', false],
    ['Nonetheless', false],
  ])('%j is a placeholder: %s', (value, expected) => {
    expect(isPlaceholder(value, () => '/identificationModule/briefTitle')).toBe(expected);
  });
});
