import { testRule } from '../testing/rule-tester.js';
import rule from './enrollment-actual-when-active-not-recruiting.js';

const file = (status: string, type: string): string =>
  `statusModule:\n  overallStatus: ${status}\ndesignModule:\n  enrollmentInfo:\n    count: 80\n    type: ${type}\n`;

testRule(rule, {
  valid: [
    { name: 'active, not recruiting with an actual count', yaml: file('ACTIVE_NOT_RECRUITING', 'ACTUAL') },
    { name: 'recruiting with an estimate', yaml: file('RECRUITING', 'ESTIMATED') },
    {
      name: 'no enrollment type yet',
      yaml: 'statusModule:\n  overallStatus: ACTIVE_NOT_RECRUITING\ndesignModule:\n  enrollmentInfo:\n    count: 80\n',
    },
    { name: 'no enrollment at all', yaml: 'statusModule:\n  overallStatus: ACTIVE_NOT_RECRUITING\n' },
  ],
  invalid: [
    {
      name: 'active, not recruiting with an estimate',
      yaml: file('ACTIVE_NOT_RECRUITING', 'ESTIMATED'),
      errors: [
        {
          pointer: '/designModule/enrollmentInfo/type',
          message:
            'The study is Active, not recruiting (ACTIVE_NOT_RECRUITING), so enrollment is over: give the number of participants actually enrolled in Enrollment (designModule.enrollmentInfo.count) and set Enrollment Type (designModule.enrollmentInfo.type) to Actual (ACTUAL).',
          line: 6,
          column: 11,
        },
      ],
    },
  ],
});
