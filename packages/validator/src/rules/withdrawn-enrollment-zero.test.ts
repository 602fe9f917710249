import { testRule } from '../testing/rule-tester.js';
import rule from './withdrawn-enrollment-zero.js';

const file = (status: string, count: number, type: string): string =>
  `statusModule:\n  overallStatus: ${status}\n  whyStopped: No funding\ndesignModule:\n  enrollmentInfo:\n    count: ${count}\n    type: ${type}\n`;

testRule(rule, {
  valid: [
    { name: 'withdrawn with an actual 0', yaml: file('WITHDRAWN', 0, 'ACTUAL') },
    { name: 'terminated with participants', yaml: file('TERMINATED', 14, 'ACTUAL') },
    {
      name: 'withdrawn without enrollment (another rule says so)',
      yaml: 'statusModule:\n  overallStatus: WITHDRAWN\n',
    },
    {
      name: 'withdrawn with 0 and no type yet',
      yaml: 'statusModule:\n  overallStatus: WITHDRAWN\ndesignModule:\n  enrollmentInfo:\n    count: 0\n',
    },
  ],
  invalid: [
    {
      name: 'withdrawn with the planned enrollment',
      yaml: file('WITHDRAWN', 60, 'ESTIMATED'),
      errors: [
        {
          pointer: '/designModule/enrollmentInfo/count',
          message:
            'The study is Withdrawn (WITHDRAWN), so it stopped before enrolling anyone: set Enrollment (designModule.enrollmentInfo.count) to 0 (not 60).',
          line: 6,
          column: 12,
        },
        {
          pointer: '/designModule/enrollmentInfo/type',
          message:
            'The study is Withdrawn (WITHDRAWN), so its enrollment of 0 is a fact, not an estimate: set Enrollment Type (designModule.enrollmentInfo.type) to Actual (ACTUAL).',
        },
      ],
      output: file('WITHDRAWN', 0, 'ACTUAL'),
    },
    {
      name: 'withdrawn with an actual count above 0',
      yaml: file('WITHDRAWN', 3, 'ACTUAL'),
      errors: [{ pointer: '/designModule/enrollmentInfo/count' }],
      output: file('WITHDRAWN', 0, 'ACTUAL'),
    },
  ],
});
