import { isDeepStrictEqual } from 'node:util';
import { loadTrial, TRIAL_SCHEMA_ID, trialSchema } from '@trialyaml/core';
import { describe, expect, it } from 'vitest';
import { sampleRecords } from '../test/paths.js';
import { CtgovError } from './errors.js';
import { DEFAULT_SCHEMA_REF, importStudy, importStudyJson } from './import-study.js';

function importError(input: unknown): CtgovError {
  try {
    if (typeof input === 'string') importStudyJson(input);
    else importStudy(input);
  } catch (error) {
    if (error instanceof CtgovError) return error;
    throw error;
  }
  throw new Error('expected the import to fail');
}

describe('importStudy on the shared registry samples', () => {
  it.each(sampleRecords().map((record) => [record.name, record] as const))('%s', (_name, record) => {
    const imported = importStudyJson(record.text);
    const sections = Object.keys(record.study).filter(
      (key) => key !== 'protocolSection' && key !== 'hasResults',
    );
    expect(imported.omittedSections).toEqual(sections);
    expect(imported.nctId).toBe(record.nctId);
    expect(imported.findings).toEqual([]);
    const status = record.study.protocolSection.statusModule as {
      lastUpdatePostDateStruct: { date: string };
    };
    expect(imported.lastUpdate).toBe(status.lastUpdatePostDateStruct.date);
    const header = imported.text.split('\n').slice(0, 4);
    expect(header).toEqual([
      `# yaml-language-server: $schema=${TRIAL_SCHEMA_ID}`,
      `# Imported from ClinicalTrials.gov ${record.nctId} (last update posted ${imported.lastUpdate}).`,
      `# Not imported: ${sections.join(', ')}.`,
      '',
    ]);
    const loaded = loadTrial(imported.text);
    expect(loaded.problems).toEqual([]);
    expect(isDeepStrictEqual(loaded.data, record.study.protocolSection)).toBe(true);
    expect(importStudyJson(record.text).text).toBe(imported.text);
  });

  it('starts with the header and the modules in registry order', () => {
    const record = sampleRecords().find((sample) => sample.nctId === 'NCT02513394');
    const text = importStudyJson(record!.text).text;
    expect(text.slice(0, text.indexOf('  orgStudyIdInfo:'))).toBe(
      [
        `# yaml-language-server: $schema=${DEFAULT_SCHEMA_REF}`,
        '# Imported from ClinicalTrials.gov NCT02513394 (last update posted 2023-06-15).',
        '# Not imported: resultsSection, documentSection, derivedSection.',
        '',
        'identificationModule:',
        '  nctId: NCT02513394',
        '',
      ].join('\n'),
    );
    const modules = text
      .split('\n')
      .filter((line) => /^[a-zA-Z]/.test(line))
      .map((line) => line.replace(/:.*/, ''));
    const present = Object.keys(record!.study.protocolSection);
    expect(present.length).toBeGreaterThan(10);
    expect(modules).toEqual(
      Object.keys(trialSchema.properties ?? {}).filter((name) => present.includes(name)),
    );
  });

  it('writes markup and multi-line text as literal blocks', () => {
    const record = sampleRecords().find((sample) => sample.nctId === 'NCT02513394');
    const text = importStudyJson(record!.text).text;
    expect(text).toMatch(
      /\n {2}eligibilityCriteria: \|-?\n {4}Inclusion Criteria:\n\n {4}\* Signed informed consent/,
    );
    expect(text).toMatch(/\n {2}briefSummary: \|-?\n {4}This is a prospective/);
  });
});

describe('importStudy options and headers', () => {
  const study = {
    protocolSection: {
      statusModule: { overallStatus: 'RECRUITING', lastUpdateSubmitDate: '2024-04-28' },
      identificationModule: { nctId: 'NCT01234567', briefTitle: 'A study' },
    },
    hasResults: false,
  };

  it('points the modeline where it is told, or writes none', () => {
    expect(importStudy(study, { schema: '../schemas/trial.schema.json' }).text).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/schemas\/trial\.schema\.json\n/,
    );
    const bare = importStudy(study, { schema: false }).text;
    expect(bare).toBe(
      [
        '# Imported from ClinicalTrials.gov NCT01234567 (last update submitted 2024-04-28).',
        '',
        'identificationModule:',
        '  nctId: NCT01234567',
        '  briefTitle: A study',
        'statusModule:',
        '  overallStatus: RECRUITING',
        '  lastUpdateSubmitDate: 2024-04-28',
        '',
      ].join('\n'),
    );
  });

  it('names no sections when nothing was left out (hasResults is not a section)', () => {
    const imported = importStudy(study);
    expect(imported.omittedSections).toEqual([]);
    expect(imported.text).not.toMatch(/Not imported/);
  });

  it('says "a study record" when there is no NCT number and no update date', () => {
    const imported = importStudy(
      { protocolSection: { identificationModule: { briefTitle: 'Draft' } } },
      { schema: false },
    );
    expect(imported.nctId).toBeUndefined();
    expect(imported.lastUpdate).toBeUndefined();
    expect(imported.text.split('\n')[0]).toBe('# Imported from a ClinicalTrials.gov study record.');
  });

  it('writes CRLF line endings when asked, and the data reads back the same', () => {
    const withText = { protocolSection: { descriptionModule: { briefSummary: 'one\ntwo' } } };
    const imported = importStudy(withText, { lineEnding: '\r\n' });
    expect(imported.text).toContain('\r\n  briefSummary: |-\r\n    one\r\n    two\r\n');
    expect(imported.text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(loadTrial(imported.text).data).toEqual(withText.protocolSection);
  });

  it('imports fields the schema does not know, keeps them, and reports them as findings', () => {
    const imported = importStudy({
      protocolSection: { statusModule: { overallStatus: 'RECRUITING', brandNewField: 'x' } },
    });
    expect(loadTrial(imported.text).data).toEqual({
      statusModule: { overallStatus: 'RECRUITING', brandNewField: 'x' },
    });
    expect(imported.findings.map((finding) => finding.pointer)).toEqual(['/statusModule/brandNewField']);
  });

  it('refuses a modeline that would span lines', () => {
    expect(() => importStudy(study, { schema: 'a\nb' })).toThrow(/one line/);
  });
});

describe('importStudy on input that is not a study', () => {
  it.each([
    ['a list', [1, 2], 'not-a-study', /found a list of 2 items/],
    ['null', null, 'not-a-study', /found null/],
    ['a string', 'just text', 'invalid-json', /Invalid JSON at line 1, column 1/],
    ['a number', 42, 'not-a-study', /found a number/],
    [
      'a search result page',
      { studies: [{}, {}], nextPageToken: 'x' },
      'not-a-study',
      /search result page with 2 studies/,
    ],
    [
      'a bare protocolSection',
      { identificationModule: {}, statusModule: {} },
      'not-a-study',
      /protocolSection on its own/,
    ],
    [
      'a study without its protocolSection',
      { derivedSection: {}, hasResults: false },
      'no-protocol-section',
      /no protocolSection \(it has derivedSection, hasResults\)/,
    ],
    [
      'unrelated JSON',
      { name: 'package', version: '1.0.0' },
      'not-a-study',
      /no "protocolSection" \(keys: name, version\)/,
    ],
    [
      'a protocolSection that is a list',
      { protocolSection: [] },
      'no-protocol-section',
      /protocolSection is a list of 0 items/,
    ],
    [
      'a protocolSection that is null',
      { protocolSection: null },
      'no-protocol-section',
      /protocolSection is null/,
    ],
    ['invalid JSON', '{"protocolSection": {]}', 'invalid-json', /line 1, column 22/],
  ])('%s', (_name, input, kind, message) => {
    const error = importError(input);
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
  });
});
