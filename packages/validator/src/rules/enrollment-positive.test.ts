import { testRule } from '../testing/rule-tester.js';
import rule from './enrollment-positive.js';

const file = (status: string, count: number): string =>
  `statusModule:\n  overallStatus: ${status}\ndesignModule:\n  enrollmentInfo:\n    count: ${count}\n    type: ACTUAL\n`;

testRule(rule, {
  valid: [
    { name: 'completed with participants', yaml: file('COMPLETED', 40) },
    { name: 'withdrawn with 0', yaml: file('WITHDRAWN', 0) },
    { name: 'no status yet (a draft)', yaml: 'designModule:\n  enrollmentInfo:\n    count: 0\n' },
    { name: 'no count', yaml: 'statusModule:\n  overallStatus: RECRUITING\n' },
    {
      name: 'imported UNKNOWN record whose last known status was withdrawn',
      yaml: `identificationModule:\n  nctId: NCT01234567\n${file('UNKNOWN', 0).replace('UNKNOWN\n', 'UNKNOWN\n  lastKnownStatus: WITHDRAWN\n')}`,
    },
    { name: 'expanded access', yaml: `${file('AVAILABLE', 0)}  studyType: EXPANDED_ACCESS\n` },
  ],
  invalid: [
    {
      name: 'terminated with 0',
      yaml: file('TERMINATED', 0),
      errors: [
        {
          pointer: '/designModule/enrollmentInfo/count',
          message:
            'Enrollment (designModule.enrollmentInfo.count) is 0, but the study is Terminated (TERMINATED): give the number of participants enrolled, or set Overall Recruitment Status (statusModule.overallStatus) to Withdrawn (WITHDRAWN) if nobody was enrolled.',
          line: 5,
          column: 12,
        },
      ],
    },
    {
      name: 'not yet recruiting with 0',
      yaml: file('NOT_YET_RECRUITING', 0).replace('ACTUAL', 'ESTIMATED'),
      errors: [
        { pointer: '/designModule/enrollmentInfo/count', message: /give the target or current enrollment,/ },
      ],
    },
  ],
});
