import { testRule } from '../testing/rule-tester.js';
import rule from './intervention-description-required.js';

testRule(rule, {
  valid: [
    {
      name: 'described interventions',
      yaml: 'armsInterventionsModule:\n  interventions:\n    - type: DRUG\n      name: Placebo\n      description: Matching tablet, once daily for 12 weeks.\n',
    },
    { name: 'no interventions', yaml: 'armsInterventionsModule:\n  armGroups:\n    - label: A\n' },
  ],
  invalid: [
    {
      name: 'an intervention without description',
      yaml: 'armsInterventionsModule:\n  interventions:\n    - type: DRUG\n      name: Placebo\n',
      errors: [
        {
          pointer: '/armsInterventionsModule/interventions/0',
          message:
            'Intervention "Drug: Placebo" has no Intervention Description: say enough in description to tell it from similar interventions, e.g. dosage form, dose, frequency and duration.',
          line: 3,
          column: 7,
        },
      ],
    },
    {
      name: 'a blank description, and an unnamed intervention',
      yaml: 'armsInterventionsModule:\n  interventions:\n    - type: DEVICE\n      name: Stent\n      description: ""\n    - type: OTHER\n',
      errors: [
        {
          pointer: '/armsInterventionsModule/interventions/0/description',
          message: /^Intervention "Device: Stent" has no Intervention Description/,
          line: 5,
          column: 20,
        },
        {
          pointer: '/armsInterventionsModule/interventions/1',
          message:
            /^Intervention \(armsInterventionsModule\.interventions\[1\]\) has no Intervention Description/,
        },
      ],
    },
    {
      name: 'a study that started before 2017-01-18 gets an info',
      yaml: 'statusModule:\n  startDateStruct:\n    date: 2012-03-01\narmsInterventionsModule:\n  interventions:\n    - type: DRUG\n      name: X\n',
      errors: [{ pointer: '/armsInterventionsModule/interventions/0', severity: 'info' }],
    },
    {
      name: 'a study that started on 2017-01-18 gets the error',
      yaml: 'statusModule:\n  startDateStruct:\n    date: 2017-01-18\narmsInterventionsModule:\n  interventions:\n    - type: DRUG\n      name: X\n',
      errors: [{ pointer: '/armsInterventionsModule/interventions/0', severity: 'error' }],
    },
  ],
});
