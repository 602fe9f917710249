import { testRule } from '../testing/rule-tester.js';
import rule from './verified-date-not-future.js';

const file = (date: string): string =>
  `statusModule:\n  statusVerifiedDate: ${date}\n  overallStatus: RECRUITING\n`;

testRule(rule, {
  valid: [
    { name: 'this month', yaml: file('2026-11'), asOf: '2026-11-21' },
    { name: 'last month', yaml: file('2026-10'), asOf: '2026-11-21' },
    { name: 'a day later this month is still this month', yaml: file('2026-11-30'), asOf: '2026-11-21' },
    {
      name: 'no verification date (a draft)',
      yaml: 'statusModule:\n  overallStatus: RECRUITING\n',
      asOf: '2026-11-21',
    },
  ],
  invalid: [
    {
      name: 'next month',
      yaml: file('2026-12'),
      asOf: '2026-11-21',
      errors: [
        {
          pointer: '/statusModule/statusVerifiedDate',
          message:
            'Record Verification Date (statusModule.statusVerifiedDate) 2026-12 is after the current month (2026-11); give the month in which the record was last checked.',
          line: 2,
          column: 23,
        },
      ],
    },
    {
      name: 'next year',
      yaml: file('"2027"'),
      asOf: '2026-11-21',
      errors: [{ pointer: '/statusModule/statusVerifiedDate' }],
    },
  ],
});
