import { testRule } from '../testing/rule-tester.js';
import rule from './start-date-type-matches-status.js';

const file = (status: string, type: string): string =>
  `statusModule:\n  overallStatus: ${status}\n  startDateStruct:\n    date: 2025-03-01\n    type: ${type}\n`;

testRule(rule, {
  valid: [
    { name: 'not yet recruiting with an estimated start', yaml: file('NOT_YET_RECRUITING', 'ESTIMATED') },
    { name: 'recruiting with an actual start', yaml: file('RECRUITING', 'ACTUAL') },
    { name: 'completed with an actual start', yaml: file('COMPLETED', 'ACTUAL') },
    { name: 'withdrawn with an estimated start', yaml: file('WITHDRAWN', 'ESTIMATED') },
    { name: 'suspended may be either', yaml: file('SUSPENDED', 'ESTIMATED') },
    {
      name: 'start date without a type (legacy record)',
      yaml: 'statusModule:\n  overallStatus: COMPLETED\n  startDateStruct:\n    date: 2005-03\n',
    },
    { name: 'draft without a status', yaml: 'statusModule:\n  startDateStruct:\n    type: ACTUAL\n' },
    {
      name: 'imported UNKNOWN record is not judged',
      yaml: 'identificationModule:\n  nctId: NCT05032014\nstatusModule:\n  overallStatus: UNKNOWN\n  lastKnownStatus: RECRUITING\n  startDateStruct:\n    date: 2021-11-19\n    type: ESTIMATED\n',
    },
  ],
  invalid: [
    {
      name: 'recruiting with an estimated start',
      yaml: file('RECRUITING', 'ESTIMATED'),
      errors: [
        {
          pointer: '/statusModule/startDateStruct/type',
          message:
            'The study is Recruiting (RECRUITING): the start date is the day the first participant enrolled, which has happened; set Study Start Date Type (statusModule.startDateStruct.type) to Actual (ACTUAL) and give the actual date.',
          line: 5,
          column: 11,
        },
      ],
    },
    {
      name: 'not yet recruiting with an actual start',
      yaml: file('NOT_YET_RECRUITING', 'ACTUAL'),
      errors: [
        {
          pointer: '/statusModule/startDateStruct/type',
          message:
            'The study is Not yet recruiting (NOT_YET_RECRUITING): nobody is enrolled yet, so the start date is an estimate; set Study Start Date Type (statusModule.startDateStruct.type) to Estimated (ESTIMATED).',
        },
      ],
    },
    {
      name: 'withdrawn with an actual start',
      yaml: file('WITHDRAWN', 'ACTUAL'),
      errors: [
        {
          pointer: '/statusModule/startDateStruct/type',
          message: /never happened; set Study Start Date Type \(.*\) to Estimated \(ESTIMATED\)\.$/,
        },
      ],
    },
    {
      name: 'terminated with an estimated start',
      yaml: file('TERMINATED', 'ESTIMATED'),
      errors: [{ pointer: '/statusModule/startDateStruct/type' }],
    },
  ],
});
