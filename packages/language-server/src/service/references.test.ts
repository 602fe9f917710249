import { describe, expect, it } from 'vitest';
import { LINKED } from '../../test/arms-fixture.js';
import { setup, trialDocument } from '../../test/helpers.js';

const service = setup();
const document = trialDocument(LINKED);
const lines = (position: { line: number; character: number }, includeDeclaration = true) =>
  service
    .getReferences(document, position, { includeDeclaration })
    .map((location) => location.range.start.line);

describe('find references', () => {
  const cases: Array<[string, { line: number; character: number }, boolean, number[]]> = [
    ['an arm label: its label and every armGroupLabels entry', { line: 2, character: 15 }, true, [2, 14, 18]],
    ['the same from a reference', { line: 14, character: 10 }, true, [2, 14, 18]],
    ['without the declaration', { line: 2, character: 15 }, false, [14, 18]],
    [
      'an intervention: its name and every interventionNames entry, in both forms',
      { line: 12, character: 14 },
      true,
      [12, 5, 9],
    ],
    ['the same from an arm', { line: 9, character: 30 }, true, [12, 5, 9]],
    ['elsewhere: nothing', { line: 0, character: 3 }, true, []],
  ];
  it.each(cases)('%s', (_name, position, includeDeclaration, expected) => {
    expect(lines(position, includeDeclaration)).toEqual(expected);
  });
});
