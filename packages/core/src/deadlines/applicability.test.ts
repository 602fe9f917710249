// Applicability, read as FDAAA TrialsTracker reads registry records (docs/guide/compliance.md, "Which trials"):
// interventional; an FDA-regulated drug or device; phases 1/2, 2, 2/3, 3, 4 or N/A; not device feasibility; not
// withdrawn; started on or after 2017-01-18 → ACT; before it with primary completion (else completion) on or
// after it → pACT; else not covered; unknown while a draft leaves a deciding question open.
import { describe, expect, it } from 'vitest';
import { craft, registered } from '../../test/deadline-trials.js';
import { sampleProtocols } from '../../test/paths.js';
import { readApplicability } from './applicability.js';
import type { Applicability } from './types.js';

const started = (start: string, primary?: string, completion?: string): Record<string, unknown> => ({
  'statusModule.startDateStruct': { date: start, type: 'ACTUAL' },
  'statusModule.primaryCompletionDateStruct': primary ? { date: primary, type: 'ACTUAL' } : undefined,
  'statusModule.completionDateStruct': completion ? { date: completion, type: 'ACTUAL' } : undefined,
});

describe('readApplicability on crafted drafts', () => {
  it.each<[string, Record<string, unknown>, Applicability, RegExp]>([
    ['the complete ACT draft', {}, 'ACT', /started 2026-11-01, on or after 2017-01-18/],
    ['started on the effective date itself', started('2017-01-18'), 'ACT', /on or after 2017-01-18/],
    [
      'started the day before, primary completion on the day',
      started('2017-01-17', '2017-01-18'),
      'pACT',
      /primary completion date 2017-01-18 is on or after it/,
    ],
    [
      'started and completed before the effective date',
      started('2015-03-01', '2017-01-17', '2018-01-01'),
      'not-covered',
      /reached its primary completion date 2017-01-17, both before 2017-01-18/,
    ],
    [
      'no primary completion: the completion date decides',
      started('2016-05', undefined, '2017-03'),
      'pACT',
      /its completion date 2017-03 is on or after it/,
    ],
    [
      'a month-only start is read as its last day',
      started('2017-01'),
      'ACT',
      /started 2017-01 \(read as 2017-01-31\)/,
    ],
    [
      'a month-only primary completion in January 2017',
      started('2016-06-01', '2017-01'),
      'pACT',
      /primary completion date 2017-01/,
    ],
    ['phase 1/2', { 'designModule.phases': ['PHASE1', 'PHASE2'] }, 'ACT', /PHASE1, PHASE2/],
    [
      'phase 2/3, written in any order',
      { 'designModule.phases': ['PHASE3', 'PHASE2'] },
      'ACT',
      /PHASE3, PHASE2/,
    ],
    ['phase 3', { 'designModule.phases': ['PHASE3'] }, 'ACT', /PHASE3/],
    ['phase 4', { 'designModule.phases': ['PHASE4'] }, 'ACT', /PHASE4/],
    ['phase N/A (devices, behavioural)', { 'designModule.phases': ['NA'] }, 'ACT', /\(NA\)/],
    [
      'phase 1 alone',
      { 'designModule.phases': ['PHASE1'] },
      'not-covered',
      /phase 1 trial \(designModule\.phases: PHASE1\)/,
    ],
    ['early phase 1', { 'designModule.phases': ['EARLY_PHASE1'] }, 'not-covered', /EARLY_PHASE1/],
    [
      'an FDA-regulated device only',
      { 'oversightModule.isFdaRegulatedDrug': false, 'oversightModule.isFdaRegulatedDevice': true },
      'ACT',
      /device product/,
    ],
    [
      'neither drug nor device regulated',
      { 'oversightModule.isFdaRegulatedDrug': false },
      'not-covered',
      /no FDA-regulated drug or device/,
    ],
    [
      'device feasibility',
      { 'designModule.designInfo.primaryPurpose': 'DEVICE_FEASIBILITY' },
      'not-covered',
      /DEVICE_FEASIBILITY/,
    ],
    ['withdrawn', { 'statusModule.overallStatus': 'WITHDRAWN' }, 'not-covered', /withdrawn before enrolling/],
    [
      'observational',
      { 'designModule.studyType': 'OBSERVATIONAL' },
      'not-covered',
      /not an interventional study/,
    ],
    ['expanded access', { 'designModule.studyType': 'EXPANDED_ACCESS' }, 'not-covered', /EXPANDED_ACCESS/],
    // Unanswered questions leave a draft unknown...
    [
      'a draft without phases',
      { 'designModule.phases': undefined },
      'unknown',
      /designModule\.phases is not given\. The answer depends on it/,
    ],
    ['a draft with an empty phase list', { 'designModule.phases': [] }, 'unknown', /phases is not given/],
    [
      'a draft without the FDA questions',
      { oversightModule: undefined },
      'unknown',
      /isFdaRegulatedDrug and oversightModule\.isFdaRegulatedDevice are not answered/,
    ],
    [
      'a draft with the drug question answered no, the device one open',
      { 'oversightModule.isFdaRegulatedDrug': false, 'oversightModule.isFdaRegulatedDevice': undefined },
      'unknown',
      /isFdaRegulatedDevice is not answered/,
    ],
    [
      'a draft without a study type',
      { 'designModule.studyType': undefined },
      'unknown',
      /studyType is not given/,
    ],
    [
      'a draft without a start date',
      { 'statusModule.startDateStruct': undefined },
      'unknown',
      /startDateStruct\.date is not given/,
    ],
    [
      'a draft with a start date that is not a date',
      { 'statusModule.startDateStruct.date': '2026-13' },
      'unknown',
      /not a date/,
    ],
    [
      'an old draft without completion dates',
      started('2016-01-01'),
      'unknown',
      /neither statusModule\.primaryCompletionDateStruct\.date nor completionDateStruct\.date/,
    ],
    // ...unless a question that is answered already rules it out.
    [
      'observational without the FDA questions',
      { 'designModule.studyType': 'OBSERVATIONAL', oversightModule: undefined },
      'not-covered',
      /not an interventional study/,
    ],
  ])('%s → %s', (_name, changes, expected, reason) => {
    const reading = readApplicability(craft(changes));
    expect(reading.applicability).toBe(expected);
    expect(reading.reasons.join('\n')).toMatch(reason);
  });

  it('a registered record that does not answer a question is read as TrialsTracker reads it: not covered', () => {
    const reading = readApplicability(registered({ oversightModule: undefined }));
    expect(reading).toEqual({
      applicability: 'not-covered',
      reasons: [
        'oversightModule.isFdaRegulatedDrug and oversightModule.isFdaRegulatedDevice are not answered. TrialsTracker counts only records that answer it.',
      ],
    });
  });

  it('gives every failed criterion as a reason', () => {
    const reading = readApplicability(
      craft({ 'designModule.phases': ['PHASE1'], 'statusModule.overallStatus': 'WITHDRAWN' }),
    );
    expect(reading.reasons).toHaveLength(2);
  });

  it('gives one reason per criterion for an ACT', () => {
    expect(readApplicability(craft({})).reasons).toEqual([
      'It is an interventional study (designModule.studyType: INTERVENTIONAL).',
      'It studies an FDA-regulated drug product (oversightModule.isFdaRegulatedDrug: true).',
      'Its phase (PHASE2) is one that ACTs can have.',
      'Its primary purpose is TREATMENT, not device feasibility.',
      'It is not withdrawn.',
      'It started 2026-11-01, on or after 2017-01-18, the day 42 CFR Part 11 took effect.',
    ]);
  });

  it.each([[undefined], [null], ['text'], [[1, 2]], [42]])('never throws on %j', (data) => {
    expect(readApplicability(data)).toEqual({
      applicability: 'unknown',
      reasons: ['The file holds no trial data to read.'],
    });
  });

  it('reads fields of the wrong type as unanswered', () => {
    const reading = readApplicability(
      craft({ 'designModule.phases': 'PHASE2', 'oversightModule.isFdaRegulatedDrug': 'yes' }),
    );
    expect(reading.applicability).toBe('unknown');
  });
});

describe('readApplicability on the real registry records', () => {
  // Each record's fields, read by hand against the criteria above.
  const expected: Record<string, [Applicability, RegExp]> = {
    'NCT00184067.json': [
      'not-covered',
      /reached its primary completion date 2007-04, both before 2017-01-18/,
    ],
    'NCT00763412.json': ['not-covered', /primary completion date 2013-01, both before/],
    'NCT00973089.json': ['not-covered', /WITHDRAWN/],
    'NCT02210780.json': ['not-covered', /both before 2017-01-18/],
    'NCT02299791.json': ['not-covered', /both before 2017-01-18/],
    // Started 2015, primary completion 2020: a pACT if the record said it studies an FDA-regulated product.
    'NCT02513394.json': [
      'not-covered',
      /isFdaRegulatedDrug and oversightModule\.isFdaRegulatedDevice are not answered/,
    ],
    'NCT02552212.json': ['not-covered', /not answered/],
    'NCT03418623.json': ['ACT', /started 2018-03-08/],
    'NCT03475563.json': ['not-covered', /OBSERVATIONAL/],
    'NCT03630471.json': ['not-covered', /no FDA-regulated drug or device/],
    'NCT03934567.json': ['not-covered', /no FDA-regulated drug or device/],
    'NCT04207047.json': ['ACT', /FDA-regulated device product/],
    'NCT04267848.json': ['ACT', /PHASE3/],
    'NCT05147467.json': ['not-covered', /no FDA-regulated drug or device/],
    'NCT05594173.json': ['not-covered', /OBSERVATIONAL/],
    'NCT06171568.json': ['not-covered', /OBSERVATIONAL/],
  };

  it('covers every sample', () => {
    expect(sampleProtocols().map(([name]) => name)).toEqual(Object.keys(expected).sort());
  });

  it.each(sampleProtocols())('%s', (name, protocol) => {
    const [applicability, reason] = expected[name]!;
    const reading = readApplicability(protocol);
    expect(reading.applicability).toBe(applicability);
    expect(reading.reasons.join('\n')).toMatch(reason);
  });
});
