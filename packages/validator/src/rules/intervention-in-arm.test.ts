import { testRule } from '../testing/rule-tester.js';
import rule from './intervention-in-arm.js';

const study = `armsInterventionsModule:
  armGroups:
    - label: Vitamin D
      type: EXPERIMENTAL
      interventionNames:
        - "Dietary Supplement: Vitamin D"
  interventions:
    - type: DIETARY_SUPPLEMENT
      name: Vitamin D
      armGroupLabels:
        - Vitamin D
`;

testRule(rule, {
  valid: [
    { name: 'linked in both directions', yaml: study },
    {
      name: 'linked from the arm only',
      yaml: study.replace('      armGroupLabels:\n        - Vitamin D\n', ''),
    },
    {
      name: 'linked from the intervention only',
      yaml: study.replace('      interventionNames:\n        - "Dietary Supplement: Vitamin D"\n', ''),
    },
    {
      name: 'observational study with an intervention and no groups',
      yaml: 'designModule:\n  studyType: OBSERVATIONAL\narmsInterventionsModule:\n  interventions:\n    - type: OTHER\n      name: Questionnaire\n',
    },
  ],
  invalid: [
    {
      name: 'an intervention no arm receives',
      yaml: `${study}    - type: DRUG
      name: Placebo
`,
      errors: [
        {
          pointer: '/armsInterventionsModule/interventions/1/name',
          message:
            'Intervention "Drug: Placebo" belongs to no arm or group: add it to the Arm/Group Intervention Names (interventionNames) of each arm that receives it and list those arms in its Arms/Groups Given the Intervention (armGroupLabels), or remove the intervention.',
          line: 13,
          column: 13,
        },
      ],
    },
    {
      name: 'an empty armGroupLabels list does not link',
      yaml: study
        .replace('      interventionNames:\n        - "Dietary Supplement: Vitamin D"\n', '')
        .replace('      armGroupLabels:\n        - Vitamin D\n', '      armGroupLabels: []\n'),
      errors: [
        {
          pointer: '/armsInterventionsModule/interventions/0/name',
          message: /^Intervention "Dietary Supplement: Vitamin D" belongs to no arm/,
        },
      ],
    },
  ],
});
