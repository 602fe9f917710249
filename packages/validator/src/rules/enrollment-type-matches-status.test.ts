import { testRule } from '../testing/rule-tester.js';
import rule from './enrollment-type-matches-status.js';

const file = (status: string, type: string): string =>
  `statusModule:\n  overallStatus: ${status}\ndesignModule:\n  enrollmentInfo:\n    count: 120\n    type: ${type} # from the protocol\n`;

testRule(rule, {
  valid: [
    { name: 'completed with an actual count', yaml: file('COMPLETED', 'ACTUAL') },
    { name: 'not yet recruiting with an estimate', yaml: file('NOT_YET_RECRUITING', 'ESTIMATED') },
    { name: 'recruiting may be either', yaml: file('RECRUITING', 'ESTIMATED') },
    {
      name: "active, not recruiting is another rule's business",
      yaml: file('ACTIVE_NOT_RECRUITING', 'ESTIMATED'),
    },
    {
      name: 'no enrollment type',
      yaml: 'statusModule:\n  overallStatus: COMPLETED\ndesignModule:\n  enrollmentInfo:\n    count: 12\n',
    },
    { name: 'no status', yaml: 'designModule:\n  enrollmentInfo:\n    type: ACTUAL\n' },
  ],
  invalid: [
    {
      name: 'completed with an estimated count',
      yaml: file('COMPLETED', 'ESTIMATED'),
      errors: [
        {
          pointer: '/designModule/enrollmentInfo/type',
          message:
            'The study is Completed (COMPLETED), so enrollment is over: set Enrollment Type (designModule.enrollmentInfo.type) to Actual (ACTUAL) and give the number of participants actually enrolled in count.',
          line: 6,
          column: 11,
        },
      ],
      output: file('COMPLETED', 'ACTUAL'),
    },
    {
      name: 'terminated with an estimated count',
      yaml: file('TERMINATED', 'ESTIMATED'),
      errors: [
        {
          pointer: '/designModule/enrollmentInfo/type',
          message: /^The study is Terminated \(TERMINATED\), so enrollment is over/,
        },
      ],
      output: file('TERMINATED', 'ACTUAL'),
    },
    {
      name: 'not yet recruiting with an actual count',
      yaml: file('NOT_YET_RECRUITING', 'ACTUAL'),
      errors: [
        {
          pointer: '/designModule/enrollmentInfo/type',
          message:
            'The study is Not yet recruiting (NOT_YET_RECRUITING), so nobody is enrolled yet: set Enrollment Type (designModule.enrollmentInfo.type) to Estimated (ESTIMATED), with the target enrollment in count.',
        },
      ],
      output: file('NOT_YET_RECRUITING', 'ESTIMATED'),
    },
  ],
});
