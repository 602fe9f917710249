import { testRule } from '../testing/rule-tester.js';
import rule from './expanded-access-type-required.js';

testRule(rule, {
  valid: [
    {
      name: 'individual patients',
      yaml: 'designModule:\n  studyType: EXPANDED_ACCESS\n  expandedAccessTypes:\n    individual: true\n',
    },
    {
      name: 'treatment access, other types answered no',
      yaml: 'designModule:\n  studyType: EXPANDED_ACCESS\n  expandedAccessTypes:\n    individual: false\n    intermediate: false\n    treatment: true\n',
    },
    { name: 'an interventional study', yaml: 'designModule:\n  studyType: INTERVENTIONAL\n' },
    { name: 'a draft without a study type', yaml: 'designModule:\n  expandedAccessTypes: {}\n' },
  ],
  invalid: [
    {
      name: 'no types: at designModule',
      yaml: 'designModule:\n  studyType: EXPANDED_ACCESS\n',
      errors: [
        {
          pointer: '/designModule',
          message:
            'An expanded-access record must say which Expanded Access Type (designModule.expandedAccessTypes) it offers: set at least one of Individual Patients (individual), Intermediate-size Population (intermediate) or Treatment IND/Protocol (treatment) to true.',
          line: 1,
          column: 1,
        },
      ],
    },
    {
      name: 'every type answered no: at the key',
      yaml: 'designModule:\n  studyType: EXPANDED_ACCESS\n  expandedAccessTypes:\n    individual: false\n    intermediate: false\n',
      errors: [{ pointer: '/designModule/expandedAccessTypes', line: 3, column: 3 }],
    },
  ],
});
