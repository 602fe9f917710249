import { describe, expect, it } from 'vitest';
import { lintTrial } from '../engine/lint-trial.js';
import { testRule } from '../testing/rule-tester.js';
import rule from './status-verified-date-required.js';

testRule(rule, {
  valid: [
    {
      name: 'verified date given',
      yaml: 'statusModule:\n  statusVerifiedDate: 2026-10\n  overallStatus: RECRUITING\n',
    },
    {
      name: 'expanded access record',
      yaml: 'statusModule:\n  statusVerifiedDate: 2026-01\n  overallStatus: AVAILABLE\n',
    },
  ],
  invalid: [
    {
      name: 'status module without the date',
      yaml: 'statusModule:\n  overallStatus: RECRUITING\n',
      errors: [
        {
          pointer: '/statusModule',
          message:
            "Record Verification Date (statusModule.statusVerifiedDate) is missing: give the month in which the record's information was last checked as yyyy-MM, e.g. 2026-11 when you verify it now.",
          line: 1,
          column: 1,
        },
      ],
    },
    {
      name: 'the month follows --as-of',
      yaml: 'statusModule:\n  overallStatus: COMPLETED\n',
      asOf: '2025-02-03',
      errors: [{ pointer: '/statusModule', message: /e\.g\. 2025-02 when you verify it now\.$/ }],
    },
    {
      name: 'no status module',
      yaml: 'identificationModule:\n  briefTitle: X\n',
      errors: [{ pointer: '' }],
    },
  ],
});

describe('status-verified-date-required suggestion', () => {
  it('offers the --as-of month, but --fix does not apply it', () => {
    const [finding] = lintTrial('statusModule:\n  overallStatus: RECRUITING\n', {
      rules: [rule],
      asOf: '2026-11-21',
    }).report.findings;
    expect(finding?.fix).toBeUndefined();
    expect(finding?.suggestions).toEqual([
      {
        title: 'Add statusVerifiedDate: 2026-11 (verified this month)',
        fix: [{ op: 'add-key', pointer: '/statusModule', key: 'statusVerifiedDate', value: '2026-11' }],
      },
    ]);
  });
});
