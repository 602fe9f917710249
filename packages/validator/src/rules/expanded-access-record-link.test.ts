import { testRule } from '../testing/rule-tester.js';
import rule from './expanded-access-record-link.js';

testRule(rule, {
  valid: [
    {
      name: 'a linked expanded-access record',
      yaml: 'statusModule:\n  expandedAccessInfo:\n    hasExpandedAccess: true\n    nctId: NCT03559686\n',
    },
    {
      name: 'no expanded access',
      yaml: 'statusModule:\n  expandedAccessInfo:\n    hasExpandedAccess: false\n',
    },
    { name: 'not answered', yaml: 'statusModule:\n  overallStatus: RECRUITING\n' },
  ],
  invalid: [
    {
      name: 'expanded access without a linked record',
      yaml: 'statusModule:\n  expandedAccessInfo:\n    hasExpandedAccess: true\n',
      errors: [
        {
          pointer: '/statusModule/expandedAccessInfo/hasExpandedAccess',
          message:
            'Availability of Expanded Access (statusModule.expandedAccessInfo.hasExpandedAccess) is true, but no expanded-access record is linked: create an expanded-access record for it in the registry and link it, then copy its NCT number into Expanded Access Record NCT Number (statusModule.expandedAccessInfo.nctId), where the registry shows it.',
          line: 3,
          column: 24,
        },
      ],
    },
    {
      name: 'also in a draft without a study type',
      yaml: 'designModule:\n  phases:\n    - PHASE3\nstatusModule:\n  expandedAccessInfo:\n    hasExpandedAccess: true\n',
      errors: [{ pointer: '/statusModule/expandedAccessInfo/hasExpandedAccess' }],
    },
  ],
});
