import { testRule } from '../testing/rule-tester.js';
import rule from './patient-registry-duration.js';

const design = (body: string) => `designModule:\n  studyType: OBSERVATIONAL\n${body}`;

testRule(rule, {
  valid: [
    {
      name: 'registry with a duration',
      yaml: design('  patientRegistry: true\n  targetDuration: 12 Months\n'),
    },
    {
      name: 'registry with a singular unit',
      yaml: design('  patientRegistry: true\n  targetDuration: 1 Year\n'),
    },
    { name: 'not a registry, no duration', yaml: design('  patientRegistry: false\n') },
    { name: 'draft without either', yaml: design('  designInfo:\n    observationalModel: COHORT\n') },
  ],
  invalid: [
    {
      name: 'registry without a duration',
      yaml: design('  patientRegistry: true\n'),
      errors: [
        {
          pointer: '/designModule/patientRegistry',
          message:
            'Patient Registry (designModule.patientRegistry) is true: give the follow-up duration in Target Follow-Up Duration (designModule.targetDuration), e.g. "12 Months".',
          line: 3,
          column: 20,
        },
      ],
    },
    {
      name: 'duration without being a registry',
      yaml: design('  patientRegistry: false\n  targetDuration: 2 Years\n'),
      errors: [
        {
          pointer: '/designModule/targetDuration',
          message:
            'Target Follow-Up Duration (designModule.targetDuration) applies to patient registries only: remove it, or set Patient Registry (designModule.patientRegistry) to true if the study is a registry.',
          line: 4,
          column: 3,
        },
      ],
    },
    {
      name: 'duration in hours',
      yaml: design('  patientRegistry: true\n  targetDuration: 48 Hours\n'),
      errors: [
        {
          pointer: '/designModule/targetDuration',
          message:
            'Target Follow-Up Duration (designModule.targetDuration) "48 Hours" is in a unit the registry does not offer for follow-up: give it in Days, Weeks, Months or Years, e.g. "2 Days".',
          line: 4,
          column: 19,
        },
      ],
    },
    {
      name: 'duration in minutes, in a draft without a study type',
      yaml: 'designModule:\n  patientRegistry: true\n  targetDuration: 90 Minutes\n',
      errors: [{ pointer: '/designModule/targetDuration', message: /e\.g\. "1 Day"\.$/ }],
    },
  ],
});
