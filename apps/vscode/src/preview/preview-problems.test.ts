import { describe, expect, it } from 'vitest';
import { isTrialyamlDiagnostic, toPreviewProblems, type DiagnosticLike } from './preview-problems.js';

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

  it('puts a problem with no position on the whole trial', () => {
    expect(toPreviewProblems([diagnostic({})], () => undefined)[0]?.pointer).toBeNull();
  });
});
