import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.js';
import { lintTrial } from './lint-trial.js';
import { missingPlace } from './missing-placement.js';

describe('missingPlace', () => {
  it.each([
    [
      'the parent when it exists',
      { descriptionModule: {} },
      '/descriptionModule/briefSummary',
      '/descriptionModule',
    ],
    [
      'the deepest ancestor',
      { statusModule: { startDateStruct: {} } },
      '/statusModule/startDateStruct/date',
      '/statusModule/startDateStruct',
    ],
    [
      'the next module in the registry order',
      { identificationModule: {}, designModule: {} },
      '/statusModule/overallStatus',
      '/designModule',
    ],
    [
      'the last module before it when none follows',
      { identificationModule: {}, designModule: {} },
      '/eligibilityModule/sex',
      '/designModule',
    ],
    ['nothing in an empty file', {}, '/eligibilityModule/sex', undefined],
  ])('places a missing value on %s', (_name, data, missing, expected) => {
    expect(missingPlace(data, missing)).toBe(expected);
  });
});

describe('findings about missing content', () => {
  const draft = [
    '# a draft',
    'identificationModule:',
    '  briefTitle: Vitamin D and falls',
    'designModule:',
    '  studyType: INTERVENTIONAL',
    'ipdSharingStatementModule:',
    '  ipdSharing: NO',
    '',
  ].join('\n');
  const { report } = lintTrial(draft, { rules: allRules, asOf: '2026-12-07' });
  const at = (ruleId: string): unknown =>
    report.findings
      .filter((finding) => finding.ruleId === ruleId)
      .map(({ pointer, line, column, missing }) => ({ pointer, line, column, missing }));

  it('are never on line 1 column 1 when the file has a better place', () => {
    expect(report.findings.filter((finding) => finding.line === 1 && finding.column === 1)).toEqual([]);
  });

  it('show a missing module on the top-level key where it would go, keeping the pointer', () => {
    expect(at('brief-summary-required')).toEqual([
      { pointer: '', line: 4, column: 1, missing: ['/descriptionModule/briefSummary'] },
    ]);
    expect(at('eligibility-required')).toEqual([
      {
        pointer: '',
        line: 6,
        column: 1,
        missing: [
          '/eligibilityModule/eligibilityCriteria',
          '/eligibilityModule/sex',
          '/eligibilityModule/healthyVolunteers',
        ],
      },
    ]);
  });

  it('show a missing field on its parent key', () => {
    expect(at('official-title-required')).toEqual([
      {
        pointer: '/identificationModule',
        line: 2,
        column: 1,
        missing: ['/identificationModule/officialTitle'],
      },
    ]);
  });
});
