import { testRule } from '../testing/rule-tester.js';
import rule from './interventions-required.js';

const study = 'designModule:\n  studyType: INTERVENTIONAL\n';

testRule(rule, {
  valid: [
    {
      name: 'interventions with type and name',
      yaml: `${study}armsInterventionsModule:\n  interventions:\n    - type: DRUG\n      name: Placebo\n    - type: DEVICE\n      name: Stent\n`,
    },
    {
      name: 'an observational study without interventions',
      yaml: 'designModule:\n  studyType: OBSERVATIONAL\n',
    },
    {
      name: 'a draft without a study type',
      yaml: 'armsInterventionsModule:\n  interventions:\n    - name: X\n',
    },
  ],
  invalid: [
    {
      name: 'no interventions at all: at the study type',
      yaml: study,
      errors: [
        {
          pointer: '/designModule/studyType',
          message:
            'An interventional study needs at least one Intervention (armsInterventionsModule.interventions), each with an Intervention Type (e.g. Drug (DRUG)) and an Intervention Name.',
          line: 2,
          column: 14,
        },
      ],
    },
    {
      name: 'an arms module without interventions',
      yaml: `${study}armsInterventionsModule:\n  armGroups:\n    - label: A\n      type: EXPERIMENTAL\n`,
      errors: [{ pointer: '/armsInterventionsModule', line: 3, column: 1 }],
    },
    {
      name: 'missing type, missing name, blank name',
      yaml: `${study}armsInterventionsModule:
  interventions:
    - name: Vitamin D
    - type: DRUG
    - type: OTHER
      name: ""
`,
      errors: [
        {
          pointer: '/armsInterventionsModule/interventions/0',
          message:
            'Intervention "Vitamin D" has no Intervention Type: give its kind in type, e.g. Drug (DRUG), Device (DEVICE), Biological (BIOLOGICAL), Behavioral (BEHAVIORAL), Procedure (PROCEDURE) or Other (OTHER).',
          line: 5,
          column: 7,
        },
        {
          pointer: '/armsInterventionsModule/interventions/1',
          message:
            'Intervention (armsInterventionsModule.interventions[1]) has no Intervention Name: give its non-proprietary name in name.',
        },
        { pointer: '/armsInterventionsModule/interventions/2/name', line: 8, column: 13 },
      ],
    },
  ],
});
