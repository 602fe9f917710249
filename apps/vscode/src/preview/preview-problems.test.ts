import { describe, expect, it } from 'vitest';
import {
  isTrialyamlDiagnostic,
  placeFromData,
  toPreviewProblems,
  type DiagnosticLike,
} from './preview-problems.js';

const diagnostic = (overrides: Partial<DiagnosticLike>): DiagnosticLike => ({
  severity: 0,
  message: 'm',
  source: 'trialyaml',
  ...overrides,
});

describe('toPreviewProblems', () => {
  it('keeps only TrialYAML diagnostics', () => {
    expect(isTrialyamlDiagnostic(diagnostic({ source: 'TrialYAML' }))).toBe(true);
    expect(isTrialyamlDiagnostic(diagnostic({ source: 'trialyaml (schema)' }))).toBe(true);
    expect(isTrialyamlDiagnostic(diagnostic({ source: 'YAML' }))).toBe(false);
    expect(isTrialyamlDiagnostic(diagnostic({ source: undefined }))).toBe(false);
  });

  it('maps severities, rule ids and pointers', () => {
    const problems = toPreviewProblems(
      [
        diagnostic({
          severity: 0,
          code: { value: 'official-title-required' },
          data: { pointer: '/identificationModule' },
        }),
        diagnostic({ severity: 1, code: 'date-order', data: '/statusModule/startDateStruct' }),
        diagnostic({ severity: 2, code: 7 }),
        diagnostic({ severity: 3, data: { pointer: 'not a pointer' } }),
        diagnostic({ source: 'YAML' }),
      ],
      () => '/statusModule',
    );
    expect(problems).toEqual([
      {
        pointer: '/identificationModule',
        severity: 'error',
        message: 'm',
        ruleId: 'official-title-required',
      },
      { pointer: '/statusModule/startDateStruct', severity: 'warning', message: 'm', ruleId: 'date-order' },
      { pointer: '/statusModule', severity: 'info', message: 'm', ruleId: '7' },
      { pointer: '/statusModule', severity: 'info', message: 'm', ruleId: '' },
    ]);
  });

  it('carries what a finding says is missing, so the summary counts it in its section', () => {
    const [problem] = toPreviewProblems(
      [
        diagnostic({
          code: 'overall-status-required',
          data: { pointer: '', missing: ['/statusModule/overallStatus'] },
        }),
      ],
      () => undefined,
    );
    expect(problem).toEqual({
      pointer: '',
      missing: ['/statusModule/overallStatus'],
      severity: 'error',
      message: 'm',
      ruleId: 'overall-status-required',
    });
  });

  it.each([
    ['the current shape', { pointer: '', missing: ['/a', '/b'] }, { pointer: '', missing: ['/a', '/b'] }],
    ['the old shape (a pointer string)', '/a/b', { pointer: '/a/b' }],
    ['an empty missing list', { pointer: '/a', missing: [] }, { pointer: '/a' }],
    ['missing entries that are not pointers', { pointer: '/a', missing: ['a', 1] }, { pointer: '/a' }],
    ['a pointer that is not one', { pointer: 'a', missing: ['/a'] }, { missing: ['/a'] }],
    ['a string that is not a pointer', 'statusModule', {}],
    ['null', null, {}],
  ])('reads data in %s', (_name, data, expected) => {
    expect(placeFromData(data)).toEqual(expected);
  });

  it('puts a problem with no position on the whole trial', () => {
    expect(toPreviewProblems([diagnostic({})], () => undefined)[0]?.pointer).toBeNull();
  });
});
