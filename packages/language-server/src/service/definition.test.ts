import { describe, expect, it } from 'vitest';
import { LINKED } from '../../test/arms-fixture.js';
import { setup, trialDocument } from '../../test/helpers.js';

const service = setup();
const document = trialDocument(LINKED);
const lines = (position: { line: number; character: number }) =>
  service
    .getDefinition(document, position)
    .map((location) => [
      location.range.start.line,
      location.range.start.character,
      location.range.end.character,
    ]);

describe('go to definition', () => {
  const cases: Array<[string, { line: number; character: number }, number[][]]> = [
    [
      "an arm's interventionNames entry → the intervention's name",
      { line: 5, character: 15 },
      [[12, 12, 25]],
    ],
    ['the code form ("DRUG: X") too', { line: 9, character: 30 }, [[12, 12, 25]]],
    ['a second intervention', { line: 6, character: 20 }, [[17, 12, 21]]],
    ["an intervention's armGroupLabels entry → the arm's label", { line: 14, character: 11 }, [[2, 13, 18]]],
    ['a quoted label', { line: 15, character: 11 }, [[7, 13, 20]]],
    ['a flow list entry', { line: 18, character: 24 }, [[2, 13, 18]]],
    ['a definition → itself', { line: 12, character: 15 }, [[12, 12, 25]]],
    ['elsewhere → nothing', { line: 3, character: 12 }, []],
  ];
  it.each(cases)('%s', (_name, position, expected) => {
    expect(lines(position)).toEqual(expected);
  });

  it('an entry naming no intervention → nothing', () => {
    const broken = trialDocument(LINKED.replace('"Drug: Pembrolizumab"', '"Drug: Nothing"'));
    expect(service.getDefinition(broken, { line: 5, character: 15 })).toEqual([]);
  });
});
