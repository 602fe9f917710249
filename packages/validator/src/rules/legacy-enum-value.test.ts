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
            'Primary Purpose (designModule.designInfo.primaryPurpose) is Educational/Counseling/Training (ECT), which the registry no longer offers: for a new registration or an update choose another purpose, such as Supportive Care (SUPPORTIVE_CARE), Prevention (PREVENTION), Health Services Research (HEALTH_SERVICES_RESEARCH) or Other (OTHER).',
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
          message: /is Natural History \(NATURAL_HISTORY\), which the registry no longer offers/,
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
