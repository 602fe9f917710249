import { testRule } from '../testing/rule-tester.js';
import rule from './date-precision.js';

const file = (start: string, startType: string, completion: string, completionType: string): string =>
  `statusModule:\n  startDateStruct:\n    date: ${start}\n    type: ${startType}\n  completionDateStruct:\n    date: ${completion}\n    type: ${completionType}\n`;

testRule(rule, {
  valid: [
    { name: 'actual day, estimated month', yaml: file('2024-03-15', 'ACTUAL', '2027-06', 'ESTIMATED') },
    { name: 'both full days', yaml: file('2024-03-15', 'ACTUAL', '2027-06-30', 'ESTIMATED') },
    { name: 'verification month', yaml: 'statusModule:\n  statusVerifiedDate: 2026-10\n' },
    { name: 'legacy record that started before 2017', yaml: file('2008-03', 'ACTUAL', '2012-06', 'ACTUAL') },
    { name: 'date without a type', yaml: 'statusModule:\n  startDateStruct:\n    date: 2024-03\n' },
    { name: 'empty status module', yaml: 'statusModule: {}\n' },
  ],
  invalid: [
    {
      name: 'actual month and estimated year',
      yaml: file('2024-03', 'ACTUAL', '"2027"', 'ESTIMATED'),
      errors: [
        {
          pointer: '/statusModule/startDateStruct/date',
          message:
            'Study Start Date (statusModule.startDateStruct.date) 2024-03 is an actual date: give the full day as yyyy-MM-dd.',
          line: 3,
          column: 11,
        },
        {
          pointer: '/statusModule/completionDateStruct/date',
          message:
            'Study Completion Date (statusModule.completionDateStruct.date) 2027 gives only a year: give at least the month of the estimate as yyyy-MM.',
        },
      ],
    },
    {
      name: 'verification date with a day is cut to the month',
      yaml: 'statusModule:\n  statusVerifiedDate: 2026-10-05 # checked with the sponsor\n',
      errors: [
        {
          pointer: '/statusModule/statusVerifiedDate',
          message:
            'Record Verification Date (statusModule.statusVerifiedDate) is a month: write 2026-10 instead of 2026-10-05.',
        },
      ],
      output: 'statusModule:\n  statusVerifiedDate: 2026-10 # checked with the sponsor\n',
    },
    {
      name: 'verification year only',
      yaml: 'statusModule:\n  statusVerifiedDate: "2026"\n',
      errors: [
        {
          pointer: '/statusModule/statusVerifiedDate',
          message: /gives only a year: write the month as yyyy-MM\.$/,
        },
      ],
    },
  ],
});
