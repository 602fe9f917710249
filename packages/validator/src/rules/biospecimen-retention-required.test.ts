import { testRule } from '../testing/rule-tester.js';
import rule from './biospecimen-retention-required.js';

testRule(rule, {
  valid: [
    {
      name: 'retention answered',
      yaml: 'designModule:\n  studyType: OBSERVATIONAL\n  bioSpec:\n    retention: NONE_RETAINED\n',
    },
    { name: 'an interventional study', yaml: 'designModule:\n  studyType: INTERVENTIONAL\n' },
    { name: 'a draft without a study type', yaml: 'designModule:\n  enrollmentInfo:\n    count: 5\n' },
  ],
  invalid: [
    {
      name: 'no bioSpec at all',
      yaml: 'designModule:\n  studyType: OBSERVATIONAL\n',
      errors: [
        {
          pointer: '/designModule',
          message:
            'An observational study needs Biospecimen Retention (designModule.bioSpec.retention): None Retained (NONE_RETAINED), Samples With DNA (SAMPLES_WITH_DNA) or Samples Without DNA (SAMPLES_WITHOUT_DNA) ; describe kept samples in Biospecimen Description.',
          line: 1,
          column: 1,
        },
      ],
    },
    {
      name: 'a description without the retention answer',
      yaml: 'designModule:\n  studyType: OBSERVATIONAL\n  bioSpec:\n    description: Whole blood.\n',
      errors: [{ pointer: '/designModule/bioSpec', line: 3, column: 3 }],
    },
    {
      name: 'a study that started before 2017-01-18 gets an info',
      yaml: 'statusModule:\n  startDateStruct:\n    date: 2015-06\ndesignModule:\n  studyType: OBSERVATIONAL\n',
      errors: [{ pointer: '/designModule', severity: 'info' }],
    },
    {
      name: 'a posted observational record without bioSpec gets an info (NCT05594173)',
      yaml: 'identificationModule:\n  nctId: NCT05594173\nstatusModule:\n  overallStatus: COMPLETED\n  startDateStruct:\n    date: 2022-10-12\n    type: ACTUAL\ndesignModule:\n  studyType: OBSERVATIONAL\n  designInfo:\n    observationalModel: COHORT\n    timePerspective: PROSPECTIVE\n',
      errors: [{ pointer: '/designModule', severity: 'info' }],
    },
  ],
});
