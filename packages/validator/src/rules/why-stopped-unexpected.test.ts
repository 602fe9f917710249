import { testRule } from '../testing/rule-tester.js';
import rule from './why-stopped-unexpected.js';

testRule(rule, {
  valid: [
    {
      name: 'terminated with a reason',
      yaml: 'statusModule:\n  overallStatus: TERMINATED\n  whyStopped: Funding ended\n',
    },
    {
      name: 'suspended with a reason',
      yaml: 'statusModule:\n  overallStatus: SUSPENDED\n  whyStopped: Drug supply\n',
    },
    { name: 'recruiting without a reason', yaml: 'statusModule:\n  overallStatus: RECRUITING\n' },
    {
      name: "a blank reason is another rule's business",
      yaml: 'statusModule:\n  overallStatus: RECRUITING\n  whyStopped: " "\n',
    },
    { name: 'draft without a status', yaml: 'statusModule:\n  whyStopped: Funding ended\n' },
    {
      name: 'imported UNKNOWN record whose last known status was suspended',
      yaml: 'identificationModule:\n  nctId: NCT01234567\nstatusModule:\n  overallStatus: UNKNOWN\n  lastKnownStatus: SUSPENDED\n  whyStopped: Drug supply\n',
    },
    {
      name: 'imported UNKNOWN record without a last known status',
      yaml: 'identificationModule:\n  nctId: NCT01234567\nstatusModule:\n  overallStatus: UNKNOWN\n  whyStopped: Drug supply\n',
    },
  ],
  invalid: [
    {
      name: 'completed study with a reason',
      yaml: 'statusModule:\n  overallStatus: COMPLETED\n  whyStopped: Funding ended\n',
      errors: [
        {
          pointer: '/statusModule/whyStopped',
          message:
            'Why Study Stopped (statusModule.whyStopped) is only for a study that is Suspended (SUSPENDED), Terminated (TERMINATED) or Withdrawn (WITHDRAWN), but this one is Completed (COMPLETED); remove whyStopped, or correct Overall Recruitment Status (statusModule.overallStatus).',
          line: 3,
          column: 15,
        },
      ],
    },
    {
      name: 'imported UNKNOWN record whose last known status was recruiting',
      yaml: 'identificationModule:\n  nctId: NCT01234567\nstatusModule:\n  overallStatus: UNKNOWN\n  lastKnownStatus: RECRUITING\n  whyStopped: Slow accrual\n',
      errors: [
        {
          pointer: '/statusModule/whyStopped',
          message:
            /this one's Last Known Status \(statusModule\.lastKnownStatus\) is Recruiting \(RECRUITING\);/,
        },
      ],
    },
  ],
});
