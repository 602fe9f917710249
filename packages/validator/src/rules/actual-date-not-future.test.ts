import { testRule } from '../testing/rule-tester.js';
import rule from './actual-date-not-future.js';

const start = (date: string, type: string): string =>
  `statusModule:\n  startDateStruct:\n    date: ${date}\n    type: ${type}\n`;

testRule(rule, {
  valid: [
    { name: 'actual start in the past', yaml: start('2026-11-20', 'ACTUAL'), asOf: '2026-11-21' },
    { name: 'actual start today', yaml: start('2026-11-21', 'ACTUAL'), asOf: '2026-11-21' },
    { name: 'this month, month precision', yaml: start('2026-11', 'ACTUAL'), asOf: '2026-11-21' },
    { name: 'this year, year precision', yaml: start('"2026"', 'ACTUAL'), asOf: '2026-01-02' },
    { name: 'future estimate', yaml: start('2027-05', 'ESTIMATED'), asOf: '2026-11-21' },
    {
      name: 'future date without a type',
      yaml: 'statusModule:\n  startDateStruct:\n    date: 2030-01-01\n',
      asOf: '2026-11-21',
    },
    {
      name: 'type without a date',
      yaml: 'statusModule:\n  completionDateStruct:\n    type: ACTUAL\n',
      asOf: '2026-11-21',
    },
  ],
  invalid: [
    {
      name: 'actual start tomorrow',
      yaml: start('2026-11-22', 'ACTUAL'),
      asOf: '2026-11-21',
      errors: [
        {
          pointer: '/statusModule/startDateStruct/date',
          message:
            'Study Start Date (statusModule.startDateStruct.date) 2026-11-22 is marked Actual (ACTUAL) but is later than today (2026-11-21): give the date it actually happened, or set Study Start Date Type to Estimated (ESTIMATED).',
          line: 3,
          column: 11,
        },
      ],
    },
    {
      name: 'actual completion next month and primary completion next year',
      yaml: 'statusModule:\n  primaryCompletionDateStruct:\n    date: "2027"\n    type: ACTUAL\n  completionDateStruct:\n    date: 2026-12\n    type: ACTUAL\n',
      asOf: '2026-11-21',
      errors: [
        {
          pointer: '/statusModule/primaryCompletionDateStruct/date',
          message:
            /^Primary Completion Date \(statusModule\.primaryCompletionDateStruct\.date\) 2027 is marked Actual \(ACTUAL\)/,
        },
        { pointer: '/statusModule/completionDateStruct/date' },
      ],
    },
  ],
});
