import { testRule } from '../testing/rule-tester.js';
import rule from './enrollment-required.js';

testRule(rule, {
  valid: [
    {
      name: 'count and type given',
      yaml: 'designModule:\n  studyType: INTERVENTIONAL\n  enrollmentInfo:\n    count: 120\n    type: ESTIMATED\n',
    },
    {
      name: 'a withdrawn study with 0 participants',
      yaml: 'designModule:\n  studyType: OBSERVATIONAL\n  enrollmentInfo:\n    count: 0\n    type: ACTUAL\n',
    },
    {
      name: 'an expanded-access record has no enrollment',
      yaml: 'designModule:\n  studyType: EXPANDED_ACCESS\n',
    },
    { name: 'a draft without a study type', yaml: 'designModule:\n  phases:\n    - PHASE1\n' },
  ],
  invalid: [
    {
      name: 'no enrollment at all',
      yaml: 'designModule:\n  studyType: INTERVENTIONAL\n',
      errors: [
        {
          pointer: '/designModule',
          message:
            'Enrollment (designModule.enrollmentInfo) is missing: give the number of participants in count and, in type, Estimated (ESTIMATED) while enrollment is open or Actual (ACTUAL) once it has closed.',
          line: 1,
          column: 1,
        },
      ],
    },
    {
      name: 'a count without a type',
      yaml: 'designModule:\n  studyType: OBSERVATIONAL\n  enrollmentInfo:\n    count: 40\n',
      errors: [
        {
          pointer: '/designModule/enrollmentInfo',
          message:
            'Enrollment Type (designModule.enrollmentInfo.type) is missing: Estimated (ESTIMATED) while enrollment is open, Actual (ACTUAL) once it has closed.',
          line: 3,
          column: 3,
        },
      ],
    },
    {
      name: 'a type without a count',
      yaml: 'designModule:\n  studyType: INTERVENTIONAL\n  enrollmentInfo:\n    type: ACTUAL\n',
      errors: [
        {
          pointer: '/designModule/enrollmentInfo',
          message:
            /^Enrollment \(designModule\.enrollmentInfo\.count\) is missing: give the number of participants/,
        },
      ],
    },
    {
      name: 'a negative count',
      yaml: 'designModule:\n  studyType: INTERVENTIONAL\n  enrollmentInfo:\n    count: -5\n    type: ACTUAL\n',
      errors: [
        {
          pointer: '/designModule/enrollmentInfo/count',
          message:
            'Enrollment (designModule.enrollmentInfo.count) is -5: give the number of participants, 0 or more.',
          line: 4,
          column: 12,
        },
      ],
    },
  ],
});
