import { testRule } from '../testing/rule-tester.js';
import rule from './arms-required.js';

const study = 'designModule:\n  studyType: INTERVENTIONAL\n';

testRule(rule, {
  valid: [
    {
      name: 'arms with labels and types',
      yaml: `${study}armsInterventionsModule:\n  armGroups:\n    - label: Vitamin D\n      type: EXPERIMENTAL\n    - label: Placebo\n      type: PLACEBO_COMPARATOR\n`,
    },
    {
      name: 'observational groups have no type',
      yaml: 'designModule:\n  studyType: OBSERVATIONAL\narmsInterventionsModule:\n  armGroups:\n    - label: Cases\n',
    },
    { name: 'an observational study without groups', yaml: 'designModule:\n  studyType: OBSERVATIONAL\n' },
    {
      name: 'a draft without a study type',
      yaml: 'armsInterventionsModule:\n  armGroups:\n    - description: To be named.\n',
    },
  ],
  invalid: [
    {
      name: 'no arms module at all: at the study type',
      yaml: study,
      errors: [
        {
          pointer: '/designModule/studyType',
          message:
            'An interventional study needs at least one arm in armsInterventionsModule.armGroups, each with a label and a type (e.g. EXPERIMENTAL or PLACEBO_COMPARATOR).',
          line: 2,
          column: 14,
        },
      ],
    },
    {
      name: 'an empty arm list',
      yaml: `${study}armsInterventionsModule:\n  armGroups: []\n`,
      errors: [{ pointer: '/armsInterventionsModule/armGroups', line: 4, column: 3 }],
    },
    {
      name: 'an arms module with interventions only',
      yaml: `${study}armsInterventionsModule:\n  interventions:\n    - type: DRUG\n      name: X\n`,
      errors: [{ pointer: '/armsInterventionsModule', line: 3, column: 1 }],
    },
    {
      name: 'an arm without type, an arm without label, an arm with neither',
      yaml: `${study}armsInterventionsModule:
  armGroups:
    - label: Vitamin D
    - type: PLACEBO_COMPARATOR
      description: Matching capsules.
    - description: To be decided.
    - label: "  "
      type: EXPERIMENTAL
`,
      errors: [
        {
          pointer: '/armsInterventionsModule/armGroups/0',
          message:
            'Arm "Vitamin D" has no type: give the arm\'s role in type (EXPERIMENTAL, ACTIVE_COMPARATOR, PLACEBO_COMPARATOR, SHAM_COMPARATOR, NO_INTERVENTION or OTHER).',
          line: 5,
          column: 7,
        },
        {
          pointer: '/armsInterventionsModule/armGroups/1',
          message: 'armsInterventionsModule.armGroups[1] has no label: give a short title in label.',
          line: 6,
          column: 7,
        },
        {
          pointer: '/armsInterventionsModule/armGroups/2',
          message:
            /^armsInterventionsModule\.armGroups\[2\] has no label or type: give a short title in label and the arm's role in type/,
        },
        { pointer: '/armsInterventionsModule/armGroups/3/label', line: 9, column: 14 },
      ],
    },
  ],
});
