import { testRule } from '../testing/rule-tester.js';
import rule from './fda-regulated-flags-required.js';

const INT = 'designModule:\n  studyType: INTERVENTIONAL\n';

testRule(rule, {
  valid: [
    {
      name: 'both answered',
      yaml: `${INT}oversightModule:\n  isFdaRegulatedDrug: false\n  isFdaRegulatedDevice: true\n`,
    },
    {
      name: 'observational: optional',
      yaml: 'designModule:\n  studyType: OBSERVATIONAL\noversightModule:\n  oversightHasDmc: false\n',
    },
    { name: 'draft without a study type', yaml: 'oversightModule:\n  oversightHasDmc: true\n' },
  ],
  invalid: [
    {
      name: 'neither answered',
      yaml: `${INT}oversightModule:\n  oversightHasDmc: true\n`,
      errors: [
        {
          pointer: '/oversightModule',
          message:
            'An interventional study must answer Studies a U.S. FDA-regulated Drug Product (oversightModule.isFdaRegulatedDrug) and Studies a U.S. FDA-regulated Device Product (oversightModule.isFdaRegulatedDevice) with true or false.',
          line: 3,
          column: 1,
        },
      ],
    },
    {
      name: 'device flag missing',
      yaml: `${INT}oversightModule:\n  isFdaRegulatedDrug: true\n`,
      errors: [
        {
          pointer: '/oversightModule',
          message:
            'An interventional study must answer Studies a U.S. FDA-regulated Device Product (oversightModule.isFdaRegulatedDevice) with true or false.',
        },
      ],
    },
    {
      name: 'no oversight module: points at the study type',
      yaml: INT,
      errors: [{ pointer: '/designModule/studyType', line: 2, column: 14 }],
    },
    {
      name: 'a study that started before 2017-01-18: info',
      yaml: `${INT}statusModule:\n  startDateStruct:\n    date: 2014-08-05\n    type: ACTUAL\noversightModule:\n  oversightHasDmc: true\n`,
      errors: [{ pointer: '/oversightModule', severity: 'info' }],
    },
  ],
});
