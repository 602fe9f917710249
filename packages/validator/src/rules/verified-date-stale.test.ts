import { testRule } from '../testing/rule-tester.js';
import rule from './verified-date-stale.js';

const file = (status: string, date: string): string =>
  `statusModule:\n  statusVerifiedDate: ${date}\n  overallStatus: ${status}\n`;

testRule(rule, {
  valid: [
    { name: 'verified this month', yaml: file('RECRUITING', '2026-11'), asOf: '2026-11-21' },
    { name: 'verified exactly 12 months ago', yaml: file('RECRUITING', '2025-11'), asOf: '2026-11-21' },
    { name: 'completed study verified long ago', yaml: file('COMPLETED', '2019-04'), asOf: '2026-11-21' },
    { name: 'withdrawn study verified long ago', yaml: file('WITHDRAWN', '2019-04'), asOf: '2026-11-21' },
    { name: 'no status (draft)', yaml: 'statusModule:\n  statusVerifiedDate: 2019-04\n', asOf: '2026-11-21' },
    {
      name: 'no verification date (draft)',
      yaml: 'statusModule:\n  overallStatus: RECRUITING\n',
      asOf: '2026-11-21',
    },
    {
      name: 'imported UNKNOWN record whose last known status was completed',
      yaml: 'identificationModule:\n  nctId: NCT01234567\nstatusModule:\n  statusVerifiedDate: 2019-04\n  overallStatus: UNKNOWN\n  lastKnownStatus: COMPLETED\n',
      asOf: '2026-11-21',
    },
  ],
  invalid: [
    {
      name: 'recruiting study verified 13 months ago',
      yaml: file('RECRUITING', '2025-10'),
      asOf: '2026-11-21',
      errors: [
        {
          pointer: '/statusModule/statusVerifiedDate',
          message:
            'Record Verification Date (statusModule.statusVerifiedDate) 2025-10 is more than 12 months ago (today is 2026-11-21) for a study that is Recruiting (RECRUITING); check that the record is still accurate and set statusVerifiedDate to the month you did.',
          line: 2,
          column: 23,
        },
      ],
    },
    {
      name: 'imported UNKNOWN record whose last known status was recruiting',
      yaml: 'identificationModule:\n  nctId: NCT05032014\nstatusModule:\n  statusVerifiedDate: 2021-10\n  overallStatus: UNKNOWN\n  lastKnownStatus: RECRUITING\n',
      asOf: '2026-11-21',
      errors: [
        {
          pointer: '/statusModule/statusVerifiedDate',
          message:
            "The registry shows this study's status as Unknown status (UNKNOWN), last known Recruiting (RECRUITING): it was last verified in 2021-10 (today is 2026-11-21) and its completion date has passed. Verify the record, then set Overall Recruitment Status (statusModule.overallStatus) and replace the estimated dates that have passed with actual or new ones.",
        },
      ],
    },
    {
      name: 'imported UNKNOWN record without a last known status (NCT05143125)',
      yaml: 'identificationModule:\n  nctId: NCT05143125\nstatusModule:\n  statusVerifiedDate: 2021-11\n  overallStatus: UNKNOWN\n',
      asOf: '2026-11-21',
      errors: [
        {
          pointer: '/statusModule/statusVerifiedDate',
          message:
            /^The registry shows this study's status as Unknown status \(UNKNOWN\): it was last verified in 2021-11/,
        },
      ],
    },
    {
      name: 'suspended study',
      yaml: file('SUSPENDED', '2024-01-15'),
      asOf: '2026-11-21',
      errors: [{ pointer: '/statusModule/statusVerifiedDate' }],
    },
  ],
});
