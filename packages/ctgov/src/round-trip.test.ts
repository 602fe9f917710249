// The fidelity contract: registry record → trial file → registry JSON loses nothing, for the shared samples and
// for random protocolSections generated from the schema.
import { isDeepStrictEqual } from 'node:util';
import { loadTrial, validateTrialSchema } from '@trialyaml/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { protocolSectionArbitrary } from '../test/arbitraries.js';
import { exampleFiles, sampleRecords } from '../test/paths.js';
import { exportTrialJson } from './export-json.js';
import { firstDifference } from './first-difference.js';
import { importStudy, importStudyJson } from './import-study.js';

function roundTrip(protocolSection: Record<string, unknown>): {
  text: string;
  exported: unknown;
  json: string;
} {
  const { text } = importStudy({ protocolSection });
  const result = exportTrialJson(text);
  if (!result.ok || result.json === undefined) {
    throw new Error(`export failed: ${JSON.stringify(result.problems.slice(0, 3))}\n${text}`);
  }
  return {
    text,
    exported: (JSON.parse(result.json) as { protocolSection: unknown }).protocolSection,
    json: result.json,
  };
}

describe('export(import(record)) for the shared registry samples', () => {
  it.each(sampleRecords().map((record) => [record.name, record] as const))(
    '%s: same values, types, key sets, array order and key order; same bytes twice',
    (_name, record) => {
      const original = record.study.protocolSection;
      const first = importStudyJson(record.text);
      const { exported, json } = roundTrip(original);
      expect(firstDifference(original, exported)).toBeUndefined();
      expect(isDeepStrictEqual(exported, original)).toBe(true);
      // Stronger than required: the registry's own key order comes back too.
      expect(json).toBe(`${JSON.stringify({ protocolSection: original }, null, 2)}\n`);
      expect(importStudyJson(record.text).text).toBe(first.text);
      // Importing the exported JSON gives the same trial file body (only the header differs: no other sections).
      const again = importStudyJson(json, { schema: false });
      expect(again.text.replace(/^(#.*\n)+\n/, '')).toBe(first.text.replace(/^(#.*\n)+\n/, ''));
    },
  );
});

describe('the examples export to schema-valid registry JSON', () => {
  it.each(exampleFiles().map((file) => [file.name, file.text] as const))('%s', (_name, text) => {
    const result = exportTrialJson(text);
    expect(result.problems).toEqual([]);
    const exported = (JSON.parse(result.json!) as { protocolSection: unknown }).protocolSection;
    expect(validateTrialSchema(exported)).toEqual([]);
    expect(isDeepStrictEqual(exported, loadTrial(text).data)).toBe(true);
  });
});

describe('random protocolSections generated from the schema', () => {
  it('follow the schema (the generator is sound)', () => {
    fc.assert(
      fc.property(protocolSectionArbitrary(), (protocol) => {
        expect(validateTrialSchema(protocol)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('survive import then export unchanged, and import to the same bytes twice', () => {
    fc.assert(
      fc.property(protocolSectionArbitrary(), (protocol) => {
        const { text, exported } = roundTrip(protocol);
        const difference = firstDifference(protocol, exported);
        expect(difference, `first difference at ${difference}`).toBeUndefined();
        expect(isDeepStrictEqual(exported, protocol)).toBe(true);
        expect(importStudy({ protocolSection: protocol }).text).toBe(text);
        expect(importStudy({ protocolSection: exported }).text).toBe(text);
      }),
      { numRuns: Number(process.env.ROUND_TRIP_RUNS ?? 300) },
    );
  });
});

// Strings the yaml library once wrote back differently (blank text with line breaks, a line of one space in long
// double-quoted text); core's writer now keeps them, so import writes them and they read back exactly.
describe('text the writer once lost', () => {
  it.each([
    ['whitespace-only text with a line break', { conditionsModule: { keywords: [' \n'] } }],
    [
      'a line of one space in long text that must be double-quoted',
      { descriptionModule: { briefSummary: '\nInclusion criteria \u0001 (legacy text):\n \n* adults' } },
    ],
  ])('%s', (_name, protocolSection) => {
    const imported = importStudy({ protocolSection });
    expect(loadTrial(imported.text).data).toEqual(protocolSection);
  });
});
