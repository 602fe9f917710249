import { testRule } from '../testing/rule-tester.js';
import rule from './interventional-only-fields.js';

const observational = `designModule:
  studyType: OBSERVATIONAL
  designInfo:
    observationalModel: COHORT
    timePerspective: PROSPECTIVE
armsInterventionsModule:
  armGroups:
    - label: Exposed
      description: Workers exposed to solvents.
`;

testRule(rule, {
  valid: [
    { name: 'observational design without interventional fields', yaml: observational },
    {
      name: 'interventional study with its design',
      yaml: 'designModule:\n  studyType: INTERVENTIONAL\n  phases: [PHASE2]\n  designInfo:\n    allocation: RANDOMIZED\n    maskingInfo:\n      masking: NONE\n',
    },
    { name: 'draft without a study type', yaml: 'designModule:\n  phases: [NA]\n' },
    {
      name: 'empty leftovers carry nothing',
      yaml: 'designModule:\n  studyType: OBSERVATIONAL\n  phases: []\n  designInfo:\n    maskingInfo: {}\n',
    },
  ],
  invalid: [
    {
      name: 'observational study with phase, allocation and masking',
      yaml: `designModule:
  studyType: OBSERVATIONAL
  phases:
    - NA
  designInfo:
    allocation: NA
    observationalModel: COHORT
    maskingInfo:
      masking: NONE
`,
      errors: [
        {
          pointer: '/designModule/phases',
          message:
            'Study Phase (designModule.phases) describes interventional studies only: remove it from this observational study, or correct the Study Type (designModule.studyType).',
          line: 3,
          column: 3,
        },
        { pointer: '/designModule/designInfo/allocation', line: 6, column: 5 },
        {
          pointer: '/designModule/designInfo/maskingInfo',
          message: /^Masking \(designModule\.designInfo\.maskingInfo\) describes/,
        },
      ],
    },
    {
      name: 'group of an observational study with an arm type',
      yaml: observational.replace(
        '    - label: Exposed\n',
        '    - label: Exposed\n      type: EXPERIMENTAL\n',
      ),
      errors: [
        {
          pointer: '/armsInterventionsModule/armGroups/0/type',
          message:
            "Arm Type (armsInterventionsModule.armGroups[0].type) is Experimental (EXPERIMENTAL), but only interventional studies have arm types: remove it from this observational study's group.",
          line: 9,
          column: 7,
        },
      ],
    },
    {
      name: 'expanded-access record with a primary purpose',
      yaml: 'designModule:\n  studyType: EXPANDED_ACCESS\n  designInfo:\n    primaryPurpose: TREATMENT\n',
      errors: [
        {
          pointer: '/designModule/designInfo/primaryPurpose',
          message: /remove it from this expanded-access record/,
        },
      ],
    },
  ],
});
