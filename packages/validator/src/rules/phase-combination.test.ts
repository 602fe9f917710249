import { testRule } from '../testing/rule-tester.js';
import rule from './phase-combination.js';

const phases = (list: string) => `designModule:\n  studyType: INTERVENTIONAL\n  phases: ${list}\n`;

testRule(rule, {
  valid: [
    { name: 'one phase', yaml: phases('[PHASE3]') },
    { name: 'phase 1/2', yaml: phases('[PHASE1, PHASE2]') },
    { name: 'phase 2/3 written in reverse order', yaml: phases('[PHASE3, PHASE2]') },
    { name: 'not applicable', yaml: phases('[NA]') },
    { name: 'draft without phases', yaml: 'designModule:\n  studyType: INTERVENTIONAL\n' },
    { name: "an empty list is the required-field rule's business", yaml: phases('[]') },
  ],
  invalid: [
    {
      name: 'phase 1 with phase 3',
      yaml: 'designModule:\n  phases:\n    - PHASE1\n    - PHASE3\n',
      errors: [
        {
          pointer: '/designModule/phases',
          message:
            'Study Phase (designModule.phases) lists Phase 1 (PHASE1) and Phase 3 (PHASE3), which is not a phase the registry offers: give one phase, or Phase 1/Phase 2 ([PHASE1, PHASE2]), or Phase 2/Phase 3 ([PHASE2, PHASE3]).',
          line: 2,
          column: 3,
        },
      ],
    },
    {
      name: 'NA combined with a phase',
      yaml: phases('[NA, PHASE1]'),
      errors: [
        {
          pointer: '/designModule/phases',
          message: /lists Not Applicable \(NA\) and Phase 1 \(PHASE1\), which is not a phase/,
        },
      ],
    },
    {
      name: 'early phase 1 combined with phase 1',
      yaml: phases('[EARLY_PHASE1, PHASE1]'),
      errors: [{ pointer: '/designModule/phases' }],
    },
    {
      name: 'three phases',
      yaml: phases('[PHASE1, PHASE2, PHASE3]'),
      errors: [{ pointer: '/designModule/phases' }],
    },
    {
      name: 'a phase listed twice',
      yaml: phases('[PHASE2, PHASE2]'),
      errors: [
        {
          pointer: '/designModule/phases',
          message:
            'Study Phase (designModule.phases) lists Phase 2 (PHASE2) more than once: list each phase once.',
        },
      ],
    },
  ],
});
