import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { sampleProtocols } from '../../test/paths.js';
import { loadTrial } from '../yaml/load-trial.js';
import { stringifyTrial } from './stringify-trial.js';

describe('stringifyTrial', () => {
  it.each(sampleProtocols())(
    '%s: reads back to the same data and writes the same bytes twice',
    (_name, protocol) => {
      const text = stringifyTrial(protocol);
      const loaded = loadTrial(text);
      expect(loaded.problems).toEqual([]);
      expect(isDeepStrictEqual(loaded.data, protocol)).toBe(true);
      expect(stringifyTrial(loaded.data)).toBe(text);
    },
  );

  it('writes modules and fields in registry order, whatever the input order', () => {
    const text = stringifyTrial({
      statusModule: { overallStatus: 'RECRUITING', statusVerifiedDate: '2024-01' },
      identificationModule: { briefTitle: 'B', nctId: 'NCT01234567' },
    });
    expect(text).toBe(
      [
        'identificationModule:',
        '  nctId: NCT01234567',
        '  briefTitle: B',
        'statusModule:',
        '  statusVerifiedDate: 2024-01',
        '  overallStatus: RECRUITING',
        '',
      ].join('\n'),
    );
  });

  it('uses literal blocks for multi-line text and long markup, plain scalars for short text', () => {
    const text = stringifyTrial({
      descriptionModule: { briefSummary: 'x'.repeat(100), detailedDescription: 'Line one\n\nLine two\n' },
      identificationModule: { briefTitle: 'y'.repeat(100) },
    });
    expect(text).toContain(`  briefTitle: ${'y'.repeat(100)}\n`);
    expect(text).toContain(`  briefSummary: |-\n    ${'x'.repeat(100)}\n`);
    expect(text).toContain('  detailedDescription: |\n    Line one\n\n    Line two\n');
  });

  it.each([
    ['blank text with a line break', ' \n'],
    ['blank lines only', '  \n\n'],
    [
      'a line of one space in text that must be double-quoted',
      '\nInclusion criteria \u0001 (legacy text):\n \n* adults',
    ],
    ['trailing spaces on lines', 'a  \nb \n'],
    ['carriage returns', 'a\r\nb'],
  ])('keeps %s exactly', (_name, value) => {
    const data = { descriptionModule: { briefSummary: value }, conditionsModule: { keywords: [value] } };
    expect(loadTrial(stringifyTrial(data)).data).toEqual(data);
  });

  it('quotes text that YAML would read as something else', () => {
    const data = {
      contactsLocationsModule: { locations: [{ zip: '02115', city: 'true', state: 'null' }] },
      referencesModule: { references: [{ pmid: '12345' }] },
    };
    expect(loadTrial(stringifyTrial(data)).data).toEqual(data);
  });

  it('writes header comments and CRLF when asked', () => {
    const text = stringifyTrial(
      { identificationModule: { briefTitle: 'B' } },
      { headerComments: ['yaml-language-server: $schema=x.json', 'Imported'], lineEnding: '\r\n' },
    );
    expect(text).toBe(
      '# yaml-language-server: $schema=x.json\r\n# Imported\r\n\r\nidentificationModule:\r\n  briefTitle: B\r\n',
    );
  });
});
