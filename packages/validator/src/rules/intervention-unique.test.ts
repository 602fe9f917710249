import { testRule } from '../testing/rule-tester.js';
import rule from './intervention-unique.js';

const interventions = (body: string) => `armsInterventionsModule:\n  interventions:\n${body}`;

testRule(rule, {
  valid: [
    {
      name: 'distinct interventions with other names',
      yaml: interventions(
        '    - type: DRUG\n      name: Acetylsalicylic acid\n      otherNames: [Aspirin, ASA]\n    - type: DRUG\n      name: Placebo\n',
      ),
    },
    {
      name: 'same name, different type',
      yaml: interventions('    - type: DRUG\n      name: Placebo\n    - type: DEVICE\n      name: Placebo\n'),
    },
    { name: 'drafts without names', yaml: interventions('    - type: DRUG\n    - type: DRUG\n') },
  ],
  invalid: [
    {
      name: 'the same intervention twice',
      yaml: interventions(
        '    - type: OTHER\n      name: Toolkit\n      armGroupLabels: [Early]\n    - type: OTHER\n      name: toolkit\n      armGroupLabels: [Late]\n',
      ),
      errors: [
        {
          pointer: '/armsInterventionsModule/interventions/1/name',
          message:
            'Intervention "Other: toolkit" is listed twice (also interventions[0]): keep one entry and link it to every arm that receives it (differences in dose or schedule belong in the arm descriptions).',
          line: 7,
          column: 13,
        },
      ],
    },
    {
      name: 'other names repeating the name or each other',
      yaml: interventions(
        '    - type: DRUG\n      name: Aspirin\n      otherNames:\n        - aspirin\n        - ASA\n        - ASA\n',
      ),
      errors: [
        {
          pointer: '/armsInterventionsModule/interventions/0/otherNames/0',
          message:
            '"aspirin" in the Other Intervention Names of intervention "Drug: Aspirin" repeats its name: list only different names there (brand names, code names, synonyms).',
        },
        {
          pointer: '/armsInterventionsModule/interventions/0/otherNames/2',
          message:
            '"ASA" is listed twice in the Other Intervention Names of intervention "Drug: Aspirin": remove the repetition.',
        },
      ],
    },
  ],
});
