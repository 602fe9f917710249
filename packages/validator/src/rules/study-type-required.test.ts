import { testRule } from '../testing/rule-tester.js';
import rule from './study-type-required.js';

testRule(rule, {
  valid: [
    { name: 'interventional', yaml: 'designModule:\n  studyType: INTERVENTIONAL\n' },
    { name: 'expanded access', yaml: 'designModule:\n  studyType: EXPANDED_ACCESS\n' },
  ],
  invalid: [
    {
      name: 'design module without a type',
      yaml: 'designModule:\n  phases:\n    - PHASE2\n',
      errors: [
        {
          pointer: '/designModule',
          message:
            'Study Type (designModule.studyType) is missing: choose Interventional (INTERVENTIONAL) if participants are assigned to interventions, else Observational (OBSERVATIONAL) or Expanded Access (EXPANDED_ACCESS).',
          line: 1,
          column: 1,
        },
      ],
    },
    {
      name: 'no design module, other modules first',
      yaml: '# draft\nidentificationModule:\n  briefTitle: X\n',
      errors: [{ pointer: '', line: 2, column: 1 }],
    },
  ],
});
