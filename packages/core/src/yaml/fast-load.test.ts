import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleFiles, sampleProtocols } from '../../test/paths.js';
import { stringifyTrial } from '../write/stringify-trial.js';
import { applyEdits, randomEdits } from '../../test/random-edits.js';
import { expectSameAsFullParser } from '../../test/same-as-full-parser.js';
import { fastParse } from './fast-load.js';
import { loadTrial } from './load-trial.js';

describe('fast reader ≡ full parser', () => {
  // Every pointer of every record is compared, both ways: thousands of lookups for the largest records.
  it.each(sampleProtocols())('registry sample %s (as canonical YAML)', (_name, protocol) => {
    expect(expectSameAsFullParser(stringifyTrial(protocol))).toBe(true);
  });

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
    ['repeated keys (reported as the full parser does)', 'a: 1\na: 2\nb:\n  c: 1\n  "c": 3\n'],
    [
      'numbers YAML 1.2 keeps as text',
      'a: 0b101\nb: 1_000\nc: +.5\nd: 0o17\ne: 0x1F\nf: -.inf\ng: 1e3\nh: 01\n',
    ],
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
        randomEdits(
          fc.oneof(
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
          { maxRemove: 30, maxEdits: 3 },
        ),
        (text, edits) => {
          const edited = applyEdits(text, edits);
          if (expectSameAsFullParser(edited)) accepted++;
        },
      ),
      { numRuns: 300 },
    );
    // The property is only meaningful if the fast path handled a good share of the cases.
    expect(accepted).toBeGreaterThan(60);
  });
});

describe('documents read one after another', () => {
  it('keep their own positions: the reader shares its write buffers between reads', () => {
    const first = fastParse('a: 1\nb:\n  c: x\n');
    const expected = first?.rangeOf('/b/c', 'value');
    // A larger document and one that declines late, both written over the same buffers.
    fastParse(`z:\n${'  - item\n'.repeat(70_000)}`);
    fastParse(`y: 1\n${'w: 2\n'.repeat(1000)}x: [1, 2]\n`);
    expect(expected).toMatchObject({ line: 3, column: 6, endLine: 3, endColumn: 7 });
    expect(first?.rangeOf('/b/c', 'value')).toEqual(expected);
    expect(first?.rangeOf('/a', 'key')).toMatchObject({ line: 1, column: 1, endColumn: 2 });
  });
});

describe('the loaded trial of either path', () => {
  // Read by the block reader, and by the full parser (a list written in flow style is outside its subset).
  const fast = loadTrial('a:\n  b: text\nc: []\n');
  const full = loadTrial('a:\n  b: text\nc: [1]\n');

  it('comes from the path it is named after', () => {
    expect(fastParse(fast.text)).toBeDefined();
    expect(fastParse(full.text)).toBeUndefined();
  });

  it.each([
    ['fast', fast],
    ['full', full],
  ])('%s: is plain data to look at, with its ranges', (_name, trial) => {
    expect(trial.data).toMatchObject({ a: { b: 'text' } });
    expect(trial.rangeOf('/a/b')).toMatchObject({ line: 2, column: 6 });
    expect(Object.keys(trial).sort()).toEqual(
      expect.arrayContaining(['data', 'filename', 'hadBom', 'lineEnding', 'ok', 'problems', 'text']),
    );
    // The text once; no reader state.
    expect(JSON.stringify(trial).split('text').length).toBeLessThan(6);
    expect(trial.document?.toJS()).toEqual(trial.data);
  });
});
