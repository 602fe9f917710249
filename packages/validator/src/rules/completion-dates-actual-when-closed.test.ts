import { testRule } from '../testing/rule-tester.js';
import rule from './completion-dates-actual-when-closed.js';

const file = (status: string, primary: string, completion: string): string =>
  `statusModule:\n  overallStatus: ${status}\n  primaryCompletionDateStruct:\n    date: 2025-06-30\n    type: ${primary}\n  completionDateStruct:\n    date: 2025-12-31\n    type: ${completion}\n`;

testRule(rule, {
  valid: [
    { name: 'completed with actual dates', yaml: file('COMPLETED', 'ACTUAL', 'ACTUAL') },
    { name: 'recruiting with estimates', yaml: file('RECRUITING', 'ESTIMATED', 'ESTIMATED') },
    {
      name: 'active, not recruiting after the primary completion',
      yaml: file('ACTIVE_NOT_RECRUITING', 'ACTUAL', 'ESTIMATED'),
    },
    {
      name: 'completed without completion dates (another rule says so)',
      yaml: 'statusModule:\n  overallStatus: COMPLETED\n',
    },
    {
      name: 'types missing',
      yaml: 'statusModule:\n  overallStatus: TERMINATED\n  completionDateStruct:\n    date: 2025-12\n',
    },
  ],
  invalid: [
    {
      name: 'completed with an estimated completion date',
      yaml: file('COMPLETED', 'ACTUAL', 'ESTIMATED'),
      errors: [
        {
          pointer: '/statusModule/completionDateStruct/type',
          message:
            'The study is Completed (COMPLETED), so the Study Completion Date has passed: set Study Completion Date Type (statusModule.completionDateStruct.type) to Actual (ACTUAL) and give the actual date.',
          line: 8,
          column: 11,
        },
      ],
    },
    {
      name: 'terminated with both dates estimated',
      yaml: file('TERMINATED', 'ESTIMATED', 'ESTIMATED'),
      errors: [
        {
          pointer: '/statusModule/primaryCompletionDateStruct/type',
          message: /^The study is Terminated \(TERMINATED\), so the Primary Completion Date has passed/,
        },
        { pointer: '/statusModule/completionDateStruct/type' },
      ],
    },
  ],
});
