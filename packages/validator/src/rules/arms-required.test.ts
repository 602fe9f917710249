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
            'An interventional study needs at least one Arm/Group (armsInterventionsModule.armGroups), each with an Arm/Group Title and an Arm Type (e.g. Experimental (EXPERIMENTAL) or Placebo Comparator (PLACEBO_COMPARATOR)).',
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
            'Arm "Vitamin D" has no Arm Type: give the arm\'s role in type, one of Experimental (EXPERIMENTAL), Active Comparator (ACTIVE_COMPARATOR), Placebo Comparator (PLACEBO_COMPARATOR), Sham Comparator (SHAM_COMPARATOR), No Intervention (NO_INTERVENTION) or Other (OTHER).',
          line: 5,
          column: 7,
        },
        {
          pointer: '/armsInterventionsModule/armGroups/1',
          message:
            'Arm/Group (armsInterventionsModule.armGroups[1]) has no Arm/Group Title: give a short title in label.',
          line: 6,
          column: 7,
        },
        {
          pointer: '/armsInterventionsModule/armGroups/2',
          message:
            /^Arm\/Group \(armsInterventionsModule\.armGroups\[2\]\) has no Arm\/Group Title or Arm Type: give a short title in label and the arm's role in type/,
        },
        { pointer: '/armsInterventionsModule/armGroups/3/label', line: 9, column: 14 },
      ],
    },
  ],
});
