import { testRule } from '../testing/rule-tester.js';
import rule from './single-arm-allocation-na.js';

const study = (allocation: string, armCount: number) =>
  `designModule:
  studyType: INTERVENTIONAL
  designInfo:
    allocation: ${allocation} # as registered
    interventionModel: SINGLE_GROUP
armsInterventionsModule:
  armGroups:
${Array.from({ length: armCount }, (_, i) => `    - label: Arm ${i + 1}\n      type: EXPERIMENTAL\n`).join('')}`;

testRule(rule, {
  valid: [
    { name: 'one arm, allocation NA', yaml: study('NA', 1) },
    { name: 'two randomized arms', yaml: study('RANDOMIZED', 2) },
    { name: 'draft without arms', yaml: 'designModule:\n  designInfo:\n    allocation: RANDOMIZED\n' },
    {
      name: 'one arm, no allocation yet',
      yaml: 'armsInterventionsModule:\n  armGroups:\n    - label: A\n      type: EXPERIMENTAL\n',
    },
  ],
  invalid: [
    {
      name: 'one arm, non-randomized, fixed keeping the comment',
      yaml: study('NON_RANDOMIZED', 1),
      errors: [
        {
          pointer: '/designModule/designInfo/allocation',
          message:
            'The study has one arm, so participants are not allocated between arms: set Allocation (designModule.designInfo.allocation) to N/A (NA) instead of Non-Randomized (NON_RANDOMIZED).',
          line: 4,
          column: 17,
        },
      ],
      output: study('NA', 1),
    },
    {
      name: 'one arm, randomized',
      yaml: study('RANDOMIZED', 1),
      errors: [
        {
          pointer: '/designModule/designInfo/allocation',
          message: /to N\/A \(NA\) instead of Randomized \(RANDOMIZED\)\.$/,
        },
      ],
      output: study('NA', 1),
    },
  ],
});
