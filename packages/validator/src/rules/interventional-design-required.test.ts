import { testRule } from '../testing/rule-tester.js';
import rule from './interventional-design-required.js';

const complete = `designModule:
  studyType: INTERVENTIONAL
  phases:
    - PHASE2
  designInfo:
    allocation: RANDOMIZED
    interventionModel: PARALLEL
    primaryPurpose: TREATMENT
    maskingInfo:
      masking: NONE
`;

testRule(rule, {
  valid: [
    { name: 'a complete interventional design', yaml: complete },
    {
      name: 'combined phases and N/A allocation',
      yaml: complete.replace('    - PHASE2\n', '    - PHASE1\n    - PHASE2\n').replace('RANDOMIZED', 'NA'),
    },
    {
      name: 'an observational study has no interventional design',
      yaml: 'designModule:\n  studyType: OBSERVATIONAL\n  designInfo:\n    observationalModel: COHORT\n',
    },
    { name: 'an expanded-access record', yaml: 'designModule:\n  studyType: EXPANDED_ACCESS\n' },
    { name: 'a draft without a study type', yaml: 'designModule:\n  enrollmentInfo:\n    count: 10\n' },
  ],
  invalid: [
    {
      name: 'only the study type: one finding per missing answer, at designModule',
      yaml: 'designModule:\n  studyType: INTERVENTIONAL\n',
      errors: [
        {
          pointer: '/designModule',
          message:
            'An interventional study needs Study Phase (designModule.phases): list the phase (e.g. [PHASE2] for Phase 2, or [PHASE1, PHASE2]), or [NA] (Not Applicable) for a study without phases, such as a device or behavioral study.',
          line: 1,
          column: 1,
        },
        {
          pointer: '/designModule',
          message:
            'An interventional study needs Allocation (designModule.designInfo.allocation): Randomized (RANDOMIZED) or Non-Randomized (NON_RANDOMIZED), or N/A (NA) for a single-arm study.',
        },
        {
          pointer: '/designModule',
          message:
            'An interventional study needs Interventional Study Model (designModule.designInfo.interventionModel): Single Group Assignment (SINGLE_GROUP), Parallel Assignment (PARALLEL), Crossover Assignment (CROSSOVER), Factorial Assignment (FACTORIAL) or Sequential Assignment (SEQUENTIAL).',
        },
        {
          pointer: '/designModule',
          message:
            /^An interventional study needs Primary Purpose \(designModule\.designInfo\.primaryPurpose\): for example Treatment \(TREATMENT\)/,
        },
        {
          pointer: '/designModule',
          message:
            'An interventional study needs Masking (designModule.designInfo.maskingInfo.masking): None (Open Label) (NONE), else Single (SINGLE), Double (DOUBLE), Triple (TRIPLE) or Quadruple (QUADRUPLE) with the masked roles in Masked Roles (whoMasked).',
        },
      ],
    },
    {
      name: 'an empty phase list and a missing masking block',
      yaml: complete
        .replace('    - PHASE2\n', '')
        .replace('  phases:\n', '  phases: []\n')
        .replace('    maskingInfo:\n      masking: NONE\n', ''),
      errors: [
        {
          pointer: '/designModule/phases',
          message: /^An interventional study needs Study Phase \(designModule\.phases\):/,
          line: 3,
          column: 3,
        },
        { pointer: '/designModule/designInfo', message: /maskingInfo\.masking/, line: 4, column: 3 },
      ],
    },
    {
      name: 'masking block without a level points at maskingInfo',
      yaml: complete.replace('      masking: NONE\n', '      whoMasked: []\n'),
      errors: [
        {
          pointer: '/designModule/designInfo/maskingInfo',
          message: /maskingInfo\.masking/,
          line: 9,
          column: 5,
        },
      ],
    },
    {
      name: 'allocation and purpose missing',
      yaml: complete
        .replace('    allocation: RANDOMIZED\n', '')
        .replace('    primaryPurpose: TREATMENT\n', ''),
      errors: [
        { pointer: '/designModule/designInfo', message: /allocation/ },
        { pointer: '/designModule/designInfo', message: /primaryPurpose/ },
      ],
    },
  ],
});
