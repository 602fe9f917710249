import { loadTrial } from '@trialyaml/core';
import { describe, expect, it } from 'vitest';
import { CtgovError } from './errors.js';
import { importStudy, importStudyJson } from './import-study.js';

const base = { identificationModule: { nctId: 'NCT01234567', briefTitle: 'A study' } };

function failure(run: () => unknown): CtgovError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CtgovError);
    return error as CtgovError;
  }
  throw new Error('the record was imported');
}

/** Records a trial file cannot hold are the record's problem: a message about the input, never "please report". */
describe('importStudy on records a trial file cannot hold', () => {
  it('keeps a "__proto__" key as data (a schema finding), not as a prototype', () => {
    const json = `{"protocolSection": {"identificationModule": {"nctId": "NCT01234567", "__proto__": {"x": 1}}, "__proto__": "top"}}`;
    const imported = importStudyJson(json);
    expect(imported.text).toContain('  __proto__:\n    x: 1\n');
    expect(imported.text).toContain('\n__proto__: top\n');
    expect(loadTrial(imported.text).data).toEqual(JSON.parse(json).protocolSection);
    expect(imported.findings.map((finding) => finding.pointer)).toEqual(
      expect.arrayContaining(['/__proto__', '/identificationModule/__proto__']),
    );
  });

  it('refuses a record whose trial file would be above the size limit, saying so', () => {
    const protocolSection = { ...base, descriptionModule: { briefSummary: 'x'.repeat(9 * 1024 * 1024) } };
    const error = failure(() => importStudy({ protocolSection }));
    expect(error.kind).toBe('too-large');
    expect(error.message).toBe(
      'The record is too large for a trial file: written out it would be 9.0 MB, more than the 8.0 MB a trial file may have. Nothing was written.',
    );
  });

  it('counts the size in bytes, as the file will be written', () => {
    // 3 bytes a character in UTF-8: 3 M characters are 9 MB.
    const protocolSection = { ...base, descriptionModule: { briefSummary: '日'.repeat(3 * 1024 * 1024) } };
    expect(failure(() => importStudy({ protocolSection })).kind).toBe('too-large');
  });

  it('refuses a record nested far deeper than any trial, naming where', () => {
    const json = `{"protocolSection": {"identificationModule": {"nctId": "NCT01234567"}, "extra": ${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
    const error = failure(() => importStudyJson(json));
    expect(error.kind).toBe('too-deep');
    expect(error.message).toMatch(
      /^The record nests more than 100 levels deep at protocolSection\/extra\/0\/0\//,
    );
    expect(error.message).toMatch(/Nothing was written\.$/);
  });

  it('still imports a record nested as deep as the limit allows', () => {
    let deep: unknown = 'leaf';
    for (let level = 0; level < 90; level++) deep = { x: deep };
    const imported = importStudy({ protocolSection: { ...base, extra: deep } });
    expect(loadTrial(imported.text).ok).toBe(true);
  });
});
