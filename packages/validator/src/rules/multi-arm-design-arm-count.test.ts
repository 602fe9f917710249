import { testRule } from '../testing/rule-tester.js';
import rule from './multi-arm-design-arm-count.js';

const study = (allocation: string, model: string, armCount: number) =>
  `designModule:
  studyType: INTERVENTIONAL
  designInfo:
    allocation: ${allocation}
    interventionModel: ${model}
armsInterventionsModule:
  armGroups:
${Array.from({ length: armCount }, (_, i) => `    - label: Arm ${i + 1}\n      type: EXPERIMENTAL\n`).join('')}`;

testRule(rule, {
  valid: [
    { name: 'randomized parallel study with two arms', yaml: study('RANDOMIZED', 'PARALLEL', 2) },
    { name: 'single-arm study', yaml: study('NA', 'SINGLE_GROUP', 1) },
    { name: 'sequential single-arm study', yaml: study('NA', 'SEQUENTIAL', 1) },
    { name: 'draft without arms', yaml: 'designModule:\n  designInfo:\n    allocation: RANDOMIZED\n' },
    {
      name: 'observational study',
      yaml: 'designModule:\n  studyType: OBSERVATIONAL\n  designInfo:\n    allocation: RANDOMIZED\narmsInterventionsModule:\n  armGroups:\n    - label: Cohort\n',
    },
  ],
  invalid: [
    {
      name: 'randomized parallel study with one arm',
      yaml: study('RANDOMIZED', 'PARALLEL', 1),
      errors: [
        {
          pointer: '/armsInterventionsModule/armGroups',
          message:
            'Allocation (designModule.designInfo.allocation) is Randomized (RANDOMIZED) and Interventional Study Model (designModule.designInfo.interventionModel) is Parallel Assignment (PARALLEL), a design with two or more arms, but Arm/Group (armsInterventionsModule.armGroups) lists one: add the other arm(s), or describe a single-arm study with Interventional Study Model set to Single Group Assignment (SINGLE_GROUP) and Allocation to N/A (NA).',
          line: 7,
          column: 3,
        },
      ],
    },
    {
      name: 'crossover with one arm',
      yaml: study('NA', 'CROSSOVER', 1),
      errors: [
        {
          pointer: '/armsInterventionsModule/armGroups',
          message:
            /^Interventional Study Model \(designModule\.designInfo\.interventionModel\) is Crossover Assignment \(CROSSOVER\), a design/,
        },
      ],
    },
    {
      name: 'non-randomized single group with one arm',
      yaml: study('NON_RANDOMIZED', 'SINGLE_GROUP', 1),
      errors: [
        {
          pointer: '/armsInterventionsModule/armGroups',
          message:
            /^Allocation \(designModule\.designInfo\.allocation\) is Non-Randomized \(NON_RANDOMIZED\), a design/,
        },
      ],
    },
  ],
});
