import { testRule } from '../testing/rule-tester.js';
import rule from './estimated-date-past.js';

const file = (status: string, key: string, date: string): string =>
  `statusModule:\n  overallStatus: ${status}\n  ${key}:\n    date: ${date}\n    type: ESTIMATED\n`;

testRule(rule, {
  valid: [
    {
      name: 'imported UNKNOWN record: verified-date-stale gives its dates one finding (NCT05032014)',
      yaml: 'identificationModule:\n  nctId: NCT05032014\nstatusModule:\n  overallStatus: UNKNOWN\n  lastKnownStatus: RECRUITING\n  startDateStruct:\n    date: 2021-11-19\n    type: ESTIMATED\n  primaryCompletionDateStruct:\n    date: 2022-12-27\n    type: ESTIMATED\n',
      asOf: '2026-11-21',
    },
    {
      name: 'estimate in the future',
      yaml: file('NOT_YET_RECRUITING', 'startDateStruct', '2027-02-01'),
      asOf: '2026-11-21',
    },
    {
      name: 'estimate earlier this month',
      yaml: file('NOT_YET_RECRUITING', 'startDateStruct', '2026-11-02'),
      asOf: '2026-11-21',
    },
    {
      name: 'estimate this year, year precision',
      yaml: file('RECRUITING', 'completionDateStruct', '"2026"'),
      asOf: '2026-11-21',
    },
    {
      name: 'withdrawn study keeps its estimates',
      yaml: file('WITHDRAWN', 'startDateStruct', '2020-01'),
      asOf: '2026-11-21',
    },
    {
      name: "estimated start of a recruiting study is start-date-type-matches-status's business",
      yaml: file('RECRUITING', 'startDateStruct', '2020-01'),
      asOf: '2026-11-21',
    },
    {
      name: "estimated completion of a completed study is completion-dates-actual-when-closed's business",
      yaml: file('COMPLETED', 'completionDateStruct', '2020-01'),
      asOf: '2026-11-21',
    },
    {
      name: 'past actual date',
      yaml: 'statusModule:\n  startDateStruct:\n    date: 2020-01-01\n    type: ACTUAL\n',
      asOf: '2026-11-21',
    },
  ],
  invalid: [
    {
      name: 'not yet recruiting with a past start',
      yaml: file('NOT_YET_RECRUITING', 'startDateStruct', '2026-10-31'),
      asOf: '2026-11-21',
      errors: [
        {
          pointer: '/statusModule/startDateStruct/date',
          message:
            'Study Start Date (statusModule.startDateStruct.date) 2026-10-31 is an estimate, but that time has passed (today is 2026-11-21): if the date was reached, give the actual date and set Study Start Date Type to Actual (ACTUAL), otherwise give a new estimate.',
          line: 4,
          column: 11,
        },
      ],
    },
    {
      name: 'recruiting with a past primary completion',
      yaml: file('RECRUITING', 'primaryCompletionDateStruct', '2025-06'),
      asOf: '2026-11-21',
      errors: [{ pointer: '/statusModule/primaryCompletionDateStruct/date' }],
    },
    {
      name: 'draft without a status',
      yaml: 'statusModule:\n  completionDateStruct:\n    date: "2025"\n    type: ESTIMATED\n',
      asOf: '2026-11-21',
      errors: [{ pointer: '/statusModule/completionDateStruct/date' }],
    },
  ],
});
