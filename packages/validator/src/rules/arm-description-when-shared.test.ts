import { testRule } from '../testing/rule-tester.js';
import rule from './arm-description-when-shared.js';

const twoDoses = (lowDescription: string, highDescription: string): string => `armsInterventionsModule:
  armGroups:
    - label: Low dose
      type: EXPERIMENTAL${lowDescription}
      interventionNames:
        - "Drug: X"
    - label: High dose
      type: EXPERIMENTAL${highDescription}
      interventionNames:
        - "Drug: X"
  interventions:
    - type: DRUG
      name: X
      armGroupLabels: [Low dose, High dose]
`;

testRule(rule, {
  valid: [
    {
      name: 'both arms described',
      yaml: twoDoses('\n      description: 10 mg daily', '\n      description: 40 mg daily'),
    },
    {
      name: 'different interventions',
      yaml: `armsInterventionsModule:
  armGroups:
    - label: Active
      type: EXPERIMENTAL
      interventionNames: ["Drug: X"]
    - label: Placebo
      type: PLACEBO_COMPARATOR
      interventionNames: ["Drug: Placebo"]
  interventions:
    - type: DRUG
      name: X
      armGroupLabels: [Active]
    - type: DRUG
      name: Placebo
      armGroupLabels: [Placebo]
`,
    },
    {
      name: 'observational cohorts are not checked',
      yaml: `designModule:\n  studyType: OBSERVATIONAL\n${twoDoses('', '')}`,
    },
    {
      name: 'arms without interventions',
      yaml: 'armsInterventionsModule:\n  armGroups:\n    - label: A\n    - label: B\n',
    },
    { name: 'draft without arms', yaml: 'armsInterventionsModule: {}\n' },
  ],
  invalid: [
    {
      name: 'one arm undescribed',
      yaml: twoDoses('\n      description: 10 mg daily', ''),
      errors: [
        {
          pointer: '/armsInterventionsModule/armGroups/1/label',
          message:
            'Arm "High dose" receives the same interventions ("Drug: X") as arm "Low dose": say how it differs (dose, schedule or duration) in its Arm/Group Description.',
          line: 8,
          column: 14,
        },
      ],
    },
    {
      name: 'neither arm described, links from one side only',
      yaml: twoDoses('', '\n      description: " "').replace(
        '      armGroupLabels: [Low dose, High dose]\n',
        '',
      ),
      errors: [
        { pointer: '/armsInterventionsModule/armGroups/0/label', message: /as arm "High dose":/ },
        { pointer: '/armsInterventionsModule/armGroups/1/description', message: /^Arm "High dose" receives/ },
      ],
    },
  ],
});
