import { testRule } from '../testing/rule-tester.js';
import rule from './arm-label-unique.js';

const arms = (...labels: string[]) =>
  `armsInterventionsModule:\n  armGroups:\n${labels.map((label) => `    - label: ${label}\n      type: EXPERIMENTAL\n`).join('')}`;

testRule(rule, {
  valid: [
    { name: 'distinct labels', yaml: arms('Low dose', 'High dose', 'Placebo') },
    { name: 'one arm', yaml: arms('Treatment') },
    {
      name: 'draft arms without labels',
      yaml: 'armsInterventionsModule:\n  armGroups:\n    - type: EXPERIMENTAL\n    - type: EXPERIMENTAL\n',
    },
  ],
  invalid: [
    {
      name: 'the same label twice',
      yaml: arms('Placebo', 'Drug A', 'Placebo'),
      errors: [
        {
          pointer: '/armsInterventionsModule/armGroups/2/label',
          message:
            'Arm/Group Title (armsInterventionsModule.armGroups[2].label) "Placebo" is already the title of armGroups[0] ("Placebo"): give each arm a distinct title, since interventions name their arms by it.',
          line: 7,
          column: 14,
        },
      ],
    },
    {
      name: 'labels differing only in case and spacing',
      yaml: arms('Drug A', '"drug  a"'),
      errors: [
        {
          pointer: '/armsInterventionsModule/armGroups/1/label',
          message:
            /^Arm\/Group Title \(armsInterventionsModule\.armGroups\[1\]\.label\) "drug {2}a" differs only in case or spacing from the title of armGroups\[0\] \("Drug A"\)/,
        },
      ],
    },
    {
      name: 'three times',
      yaml: arms('Control', 'Control', 'Control'),
      errors: [
        { pointer: '/armsInterventionsModule/armGroups/1/label' },
        { pointer: '/armsInterventionsModule/armGroups/2/label' },
      ],
    },
  ],
});
