import { actYaml } from '../testing/act-yaml.js';
import { testRule } from '../testing/rule-tester.js';
import rule from './verification-overdue.js';

// An ongoing ACT's record is verified at least every 12 months (42 CFR 11.64(a)(1)(i)); tests lint as of 2026-11-21.
const ongoing = (verified: string, status = 'RECRUITING'): string =>
  actYaml({
    nctId: 'NCT09999999',
    status,
    verified,
    start: '2024-01-10',
    extra: ['studyFirstSubmitDate: 2023-12-01'],
  });

testRule(rule, {
  valid: [
    { name: 'verified last month', yaml: ongoing('2026-10') },
    { name: 'verified 12 months ago: due at the end of this month', yaml: ongoing('2025-11') },
    { name: 'a completed study', yaml: ongoing('2020-01', 'COMPLETED') },
    { name: 'a draft', yaml: actYaml({ verified: '2020-01', start: '2026-11-10' }) },
    {
      name: 'not an applicable clinical trial',
      yaml: ongoing('2020-01').replace('PHASE2', 'EARLY_PHASE1'),
    },
  ],
  invalid: [
    {
      name: 'verified 13 months ago',
      yaml: ongoing('2025-10'),
      errors: [
        {
          pointer: '/statusModule/statusVerifiedDate',
          message:
            'Verification was due by 2026-10-31 and is 21 days overdue (today is 2026-11-21): Record verified 2025-10 (read as 2025-10-31) + 12 months, the study being RECRUITING (42 CFR 11.64(a)(1)(i): verify the record at least every 12 months while the study is ongoing; the registry marks records not verified in that time). Review the record, update the registry and set Record Verification Date (statusModule.statusVerifiedDate) to the month you did.',
          line: 4,
          column: 23,
        },
      ],
    },
    {
      name: 'a suspended study verified on a leap day, as of a year later',
      yaml: ongoing('2024-02-29', 'SUSPENDED'),
      asOf: '2025-03-01',
      errors: [
        {
          pointer: '/statusModule/statusVerifiedDate',
          message: /^Verification was due by 2025-02-28 and is 1 day overdue/,
        },
      ],
    },
  ],
});
