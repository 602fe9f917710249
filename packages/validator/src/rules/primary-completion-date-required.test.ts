import { testRule } from '../testing/rule-tester.js';
import rule from './primary-completion-date-required.js';

const OBS = 'designModule:\n  studyType: OBSERVATIONAL\n';

testRule(rule, {
  valid: [
    {
      name: 'date and type given',
      yaml: `${OBS}statusModule:\n  primaryCompletionDateStruct:\n    date: 2027-06\n    type: ESTIMATED\n`,
    },
    {
      name: 'expanded access record',
      yaml: 'designModule:\n  studyType: EXPANDED_ACCESS\nstatusModule:\n  overallStatus: AVAILABLE\n',
    },
    { name: 'draft without a study type', yaml: 'statusModule:\n  overallStatus: NOT_YET_RECRUITING\n' },
  ],
  invalid: [
    {
      name: 'missing',
      yaml: `${OBS}statusModule:\n  startDateStruct:\n    date: 2025-03-01\n    type: ACTUAL\n`,
      errors: [
        {
          pointer: '/statusModule',
          message:
            'Primary Completion Date (statusModule.primaryCompletionDateStruct) is missing: add the date the last participant is (or is expected to be) examined for the primary outcomes as date (yyyy-MM-dd) and whether it is Actual (ACTUAL) or Estimated (ESTIMATED) as type.',
          line: 3,
          column: 1,
        },
      ],
    },
    {
      name: 'type missing',
      yaml: `designModule:\n  studyType: INTERVENTIONAL\nstatusModule:\n  overallStatus: COMPLETED\n  primaryCompletionDateStruct:\n    date: 2024-02-10\n`,
      errors: [
        {
          pointer: '/statusModule/primaryCompletionDateStruct',
          message:
            /^Primary Completion Date Type \(statusModule\.primaryCompletionDateStruct\.type\) is missing:/,
          line: 5,
          column: 3,
        },
      ],
    },
    {
      name: 'neither date nor type',
      yaml: `${OBS}statusModule:\n  primaryCompletionDateStruct: {}\n`,
      errors: [
        {
          pointer: '/statusModule/primaryCompletionDateStruct',
          message: /has no date and no type: add the date the last participant/,
        },
      ],
    },
  ],
});
