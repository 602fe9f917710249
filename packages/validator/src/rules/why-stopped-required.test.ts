import { testRule } from '../testing/rule-tester.js';
import rule from './why-stopped-required.js';

testRule(rule, {
  valid: [
    { name: 'recruiting without a reason', yaml: 'statusModule:\n  overallStatus: RECRUITING\n' },
    {
      name: 'terminated with a reason',
      yaml: 'statusModule:\n  overallStatus: TERMINATED\n  whyStopped: Sponsor decision\n',
    },
    {
      name: 'no status at all (another rule says so)',
      yaml: 'statusModule:\n  statusVerifiedDate: 2024-01\n',
    },
  ],
  invalid: [
    {
      name: 'withdrawn without a reason',
      yaml: 'statusModule:\n  overallStatus: WITHDRAWN\n',
      errors: [
        {
          pointer: '/statusModule/overallStatus',
          message:
            'The study is Withdrawn (WITHDRAWN): say why in Why Study Stopped (statusModule.whyStopped), in up to 250 characters.',
          line: 2,
          column: 18,
        },
      ],
    },
    {
      name: 'suspended with a blank reason',
      yaml: 'statusModule:\n  overallStatus: SUSPENDED\n  whyStopped: "  "\n',
      errors: [{ pointer: '/statusModule/overallStatus', message: /SUSPENDED/ }],
    },
  ],
});
