import { testRule } from '../testing/rule-tester.js';
import rule from './legacy-enum-value.js';

testRule(rule, {
  valid: [
    {
      name: 'current primary purpose',
      yaml: 'designModule:\n  studyType: INTERVENTIONAL\n  designInfo:\n    primaryPurpose: SUPPORTIVE_CARE\n',
    },
    {
      name: 'current observational model',
      yaml: 'designModule:\n  studyType: OBSERVATIONAL\n  designInfo:\n    observationalModel: COHORT\n',
    },
    { name: 'draft without a design', yaml: 'designModule:\n  studyType: OBSERVATIONAL\n' },
  ],
  invalid: [
    {
      name: 'educational/counseling/training purpose',
      yaml: 'designModule:\n  studyType: INTERVENTIONAL\n  designInfo:\n    primaryPurpose: ECT\n',
      errors: [
        {
          pointer: '/designModule/designInfo/primaryPurpose',
          message:
            'designModule.designInfo.primaryPurpose ECT ("Educational/Counseling/Training") is no longer offered by the registry: for a new registration or an update choose another purpose, such as SUPPORTIVE_CARE, PREVENTION, HEALTH_SERVICES_RESEARCH or OTHER.',
          line: 4,
          column: 21,
        },
      ],
    },
    {
      name: 'natural history model, also in an imported record',
      yaml: 'identificationModule:\n  nctId: NCT00000102\ndesignModule:\n  studyType: OBSERVATIONAL\n  designInfo:\n    observationalModel: NATURAL_HISTORY\n',
      errors: [
        {
          pointer: '/designModule/designInfo/observationalModel',
          message: /NATURAL_HISTORY \("Natural History"\) is no longer offered/,
        },
      ],
    },
    {
      name: 'defined population model in a draft without a study type',
      yaml: 'designModule:\n  designInfo:\n    observationalModel: DEFINED_POPULATION\n',
      errors: [{ pointer: '/designModule/designInfo/observationalModel', message: /DEFINED_POPULATION/ }],
    },
  ],
});
