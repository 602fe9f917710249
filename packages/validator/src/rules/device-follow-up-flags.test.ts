import { testRule } from '../testing/rule-tester.js';
import rule from './device-follow-up-flags.js';

testRule(rule, {
  valid: [
    {
      name: 'approved device, both follow-ups answered',
      yaml: 'oversightModule:\n  isFdaRegulatedDevice: true\n  isUnapprovedDevice: false\n  isPpsd: false\n',
    },
    {
      name: 'unapproved device: no postmarket question',
      yaml: 'oversightModule:\n  isFdaRegulatedDevice: true\n  isUnapprovedDevice: true\n',
    },
    {
      name: 'no device',
      yaml: 'oversightModule:\n  isFdaRegulatedDrug: true\n  isFdaRegulatedDevice: false\n',
    },
    { name: 'draft without the flags', yaml: 'oversightModule:\n  oversightHasDmc: false\n' },
    {
      name: 'observational study with a regulated device: the questions are not asked',
      yaml: 'oversightModule:\n  oversightHasDmc: false\n  isFdaRegulatedDrug: false\n  isFdaRegulatedDevice: true\ndesignModule:\n  studyType: OBSERVATIONAL\n',
    },
  ],
  invalid: [
    {
      // NCT05602779 (University of Notre Dame, recruiting): the posted record answers neither follow-up question.
      name: 'posted record without the follow-up answers: info',
      yaml: `identificationModule:
  nctId: NCT05602779
oversightModule:
  oversightHasDmc: true
  isFdaRegulatedDrug: false
  isFdaRegulatedDevice: true
  isUsExport: false
designModule:
  studyType: INTERVENTIONAL
`,
      errors: [{ pointer: '/oversightModule/isFdaRegulatedDevice', severity: 'info' }],
    },
    {
      name: 'interventional study with a regulated device, no follow-up answered',
      yaml: 'oversightModule:\n  isFdaRegulatedDrug: false\n  isFdaRegulatedDevice: true\ndesignModule:\n  studyType: INTERVENTIONAL\n',
      errors: [{ pointer: '/oversightModule/isFdaRegulatedDevice' }],
    },
    {
      name: 'no follow-up answered',
      yaml: 'oversightModule:\n  isFdaRegulatedDevice: true\n',
      errors: [
        {
          pointer: '/oversightModule/isFdaRegulatedDevice',
          message:
            'Studies a U.S. FDA-regulated Device Product (oversightModule.isFdaRegulatedDevice) is true: also answer Device Product Not Approved or Cleared by U.S. FDA (oversightModule.isUnapprovedDevice) and Pediatric Postmarket Surveillance of a Device Product (oversightModule.isPpsd) with true or false.',
          line: 2,
          column: 25,
        },
      ],
    },
    {
      name: 'approved device without the postmarket answer',
      yaml: 'oversightModule:\n  isFdaRegulatedDevice: true\n  isUnapprovedDevice: false\n',
      errors: [
        {
          pointer: '/oversightModule/isFdaRegulatedDevice',
          message:
            'Studies a U.S. FDA-regulated Device Product (oversightModule.isFdaRegulatedDevice) is true: also answer Pediatric Postmarket Surveillance of a Device Product (oversightModule.isPpsd) with true or false.',
        },
      ],
    },
    {
      name: 'postmarket answered, approval status not',
      yaml: 'oversightModule:\n  isFdaRegulatedDevice: true\n  isPpsd: true\n',
      errors: [
        {
          pointer: '/oversightModule/isFdaRegulatedDevice',
          message:
            /also answer Device Product Not Approved or Cleared by U\.S\. FDA \(oversightModule\.isUnapprovedDevice\) with true or false\.$/,
        },
      ],
    },
  ],
});
