import { testRule } from '../testing/rule-tester.js';
import rule from './single-group-one-arm.js';

const arms = (count: number) =>
  Array.from({ length: count }, (_, i) => `    - label: Arm ${i + 1}\n      type: EXPERIMENTAL\n`).join('');
const study = (model: string, count: number) =>
  `designModule:
  studyType: INTERVENTIONAL
  designInfo:
    interventionModel: ${model}
armsInterventionsModule:
  armGroups:
${arms(count)}`;

testRule(rule, {
  valid: [
    { name: 'single group with one arm', yaml: study('SINGLE_GROUP', 1) },
    { name: 'parallel with two arms', yaml: study('PARALLEL', 2) },
    {
      name: 'draft without arms',
      yaml: 'designModule:\n  designInfo:\n    interventionModel: SINGLE_GROUP\n',
    },
  ],
  invalid: [
    {
      name: 'single group with three arms',
      yaml: study('SINGLE_GROUP', 3),
      errors: [
        {
          pointer: '/designModule/designInfo/interventionModel',
          message:
            'Interventional Study Model (designModule.designInfo.interventionModel) is Single Group Assignment (SINGLE_GROUP) but the study has 3 arms: a single-group study has exactly one arm, so merge the arms into one or choose the model that fits (Parallel Assignment (PARALLEL), Crossover Assignment (CROSSOVER), Factorial Assignment (FACTORIAL) or Sequential Assignment (SEQUENTIAL)).',
          line: 4,
          column: 24,
        },
      ],
    },
    {
      name: 'draft without a study type, with two arms',
      yaml: study('SINGLE_GROUP', 2).replace('  studyType: INTERVENTIONAL\n', ''),
      errors: [{ pointer: '/designModule/designInfo/interventionModel', message: /has 2 arms/ }],
    },
  ],
});
