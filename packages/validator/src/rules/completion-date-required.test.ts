import { testRule } from '../testing/rule-tester.js';
import rule from './completion-date-required.js';

const INT = 'designModule:\n  studyType: INTERVENTIONAL\n';

testRule(rule, {
  valid: [
    {
      name: 'date and type given',
      yaml: `${INT}statusModule:\n  completionDateStruct:\n    date: 2027-12\n    type: ESTIMATED\n`,
    },
    {
      name: 'expanded access record',
      yaml: 'designModule:\n  studyType: EXPANDED_ACCESS\nstatusModule:\n  overallStatus: AVAILABLE\n',
    },
    { name: 'draft without a study type', yaml: 'statusModule:\n  overallStatus: NOT_YET_RECRUITING\n' },
  ],
  invalid: [
    {
      name: 'missing in a new study',
      yaml: `${INT}statusModule:\n  startDateStruct:\n    date: 2025-03-01\n    type: ACTUAL\n`,
      errors: [
        {
          pointer: '/statusModule',
          message:
            "Study Completion Date (statusModule.completionDateStruct) is missing: add the date the last participant's last visit takes (or is expected to take) place as date (yyyy-MM-dd) and whether it is Actual (ACTUAL) or Estimated (ESTIMATED) as type.",
          line: 3,
          column: 1,
        },
      ],
    },
    {
      name: 'missing in a study that started before 2017-01-18: info',
      yaml: `${INT}statusModule:\n  startDateStruct:\n    date: 2015-08\n`,
      errors: [{ pointer: '/statusModule', severity: 'info' }],
    },
    {
      name: 'type missing',
      yaml: `${INT}statusModule:\n  completionDateStruct:\n    date: 2027-12\n`,
      errors: [
        {
          pointer: '/statusModule/completionDateStruct',
          message: /^Study Completion Date Type \(statusModule\.completionDateStruct\.type\) is missing:/,
        },
      ],
    },
  ],
});
