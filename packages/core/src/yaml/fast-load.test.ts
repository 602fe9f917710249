import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleFiles, sampleProtocols } from '../../test/paths.js';
import { encodePointer } from '../pointer.js';
import { stringifyTrial } from '../write/stringify-trial.js';
import { fastParse } from './fast-load.js';
import { loadTrial } from './load-trial.js';

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

/** The fast path either declines or agrees with the full parser on data and on every range. */
function expectSameAsFullParser(text: string): boolean {
  const fast = fastParse(text);
  const full = loadTrial(text, { fast: false });
  if (!fast) return false;
  expect(full.ok, `the full parser rejects what the fast path accepted:\n${text}`).toBe(true);
  expect(fast.data).toEqual(full.data);
  for (const pointer of pointers(full.data)) {
    for (const target of ['value', 'key'] as const) {
      const fastRange = fast.rangeOf(pointer, target);
      // Undefined means "ask the full parser": allowed, but it should be rare (checked below).
      if (fastRange)
        expect([pointer, target, fastRange]).toEqual([pointer, target, full.rangeOf(pointer, target)]);
    }
  }
  return true;
}

describe('fast reader ≡ full parser', () => {
  // Every pointer of every record is compared, both ways: thousands of lookups for the largest records.
  it.each(sampleProtocols())(
    'registry sample %s (as canonical YAML)',
    (_name, protocol) => {
      expect(expectSameAsFullParser(stringifyTrial(protocol))).toBe(true);
    },
    60_000,
  );

  it.each(exampleFiles())('example %s (hand-written YAML with comments)', (_name, text) => {
    expect(expectSameAsFullParser(text)).toBe(true);
  });

  it.each([
    ['comments after values and keys', 'a: x # c\nb: # d\n  c: 1\n'],
    ['empty values and nulls', 'a:\nb: ~\nc: null\nd:\n  e:\n'],
    ['quoted keys and values', "\"a b\": 'it''s'\n'c': \"d\\n\"\n"],
    ['block scalars with keep and strip', 'a: |+\n  x\n\nb: >-\n  folded\n  text\nc: |2\n    indented\n'],
    ['CRLF', 'a: 1\r\nb:\r\n  - x\r\n  - y\r\n'],
    ['document start marker', '---\na: 1\n'],
    ['comment lines between entries', 'a: 1\n# note\n\nb:\n  # inner\n  c: 2\n'],
  ])('%s', (_name, text) => {
    expect(expectSameAsFullParser(text)).toBe(true);
  });

  it('declines what it must leave to the full parser', () => {
    for (const text of [
      'a: [x, y]\n',
      'a: {k: v}\n',
      'a: one\n  two\nb: x\n',
      'a: "one\n  two"\n',
      'a: [1,\n  2]\n',
      'a:\n  -\n  - x\n',
      'a: &x 1\nb: *x\n',
      'a: !tag x\n',
      'a:\n\t- x\n',
      'a: 1\na: 2\n',
      'a: 0b101\n',
      'a: 1_000\n',
      '- a\n',
      'a: 1\n---\nb: 2\n',
      'a: [1\n',
    ]) {
      expect(fastParse(text), text).toBeUndefined();
    }
  });

  it('agrees on randomly edited records', () => {
    const texts = sampleProtocols()
      .filter(([, protocol]) => JSON.stringify(protocol).length < 60_000)
      .map(([, protocol]) => stringifyTrial(protocol));
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...texts),
        fc.array(
          fc.record({
            at: fc.nat(),
            remove: fc.nat({ max: 30 }),
            insert: fc.oneof(
              fc.string({ maxLength: 5 }),
              fc.constantFrom(
                ':',
                '- ',
                '\n',
                '"',
                "'",
                '[',
                ']',
                '{',
                '}',
                '#',
                ' #x',
                '\r\n',
                '  ',
                '|\n',
                '>-\n',
                ',',
                '? ',
                '~',
                'null',
                '- x\n',
              ),
            ),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        (text, edits) => {
          let edited = text;
          for (const edit of edits) {
            const at = edit.at % (edited.length + 1);
            edited = edited.slice(0, at) + edit.insert + edited.slice(at + edit.remove);
          }
          if (expectSameAsFullParser(edited)) accepted++;
        },
      ),
      { numRuns: 300 },
    );
    // The property is only meaningful if the fast path handled a good share of the cases.
    expect(accepted).toBeGreaterThan(60);
  }, 120_000);
});
