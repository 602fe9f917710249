import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainCriteriaText } from './eligibility-criteria.js';

/** The plain reading step by step, as first written: the reference for the faster version. */
function reference(text: string): string {
  return text
    .replace(/\\([!-/:-@[-`{-~])/g, '$1') // CommonMark: any ASCII punctuation can be escaped
    .replace(/>=|=>|≧|⩾/g, '≥')
    .replace(/<=|=<|≦|⩽/g, '≤')
    .replace(/[‐‑‒–—−]/g, '-')
    .replace(/[ \t\u00a0]+/g, ' ');
}

describe('plain criteria text', () => {
  it('reads as the step-by-step reference does', () => {
    const piece = fc.constantFrom(
      'a',
      'Age',
      '18',
      ' ',
      '  ',
      '\t',
      '\u00a0',
      '\n',
      '\\',
      '\\>',
      '\\-',
      '\\:',
      '\\"',
      '\\a',
      '>',
      '<',
      '=',
      '≧',
      '⩽',
      '–',
      '—',
      '−',
      '*',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(plainCriteriaText(text)).toBe(reference(text));
      }),
      { numRuns: 5000 },
    );
  });
});
