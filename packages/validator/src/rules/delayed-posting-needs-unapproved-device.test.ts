import { testRule } from '../testing/rule-tester.js';
import rule from './delayed-posting-needs-unapproved-device.js';

testRule(rule, {
  valid: [
    {
      name: 'unapproved device with a posting choice',
      yaml: 'statusModule:\n  delayedPosting: true\noversightModule:\n  isFdaRegulatedDevice: true\n  isUnapprovedDevice: true\n',
    },
    {
      name: 'no delayed posting',
      yaml: 'oversightModule:\n  isFdaRegulatedDevice: true\n  isUnapprovedDevice: false\n  isPpsd: false\n',
    },
    { name: 'draft', yaml: 'statusModule:\n  overallStatus: NOT_YET_RECRUITING\n' },
  ],
  invalid: [
    {
      name: 'approved device',
      yaml: 'statusModule:\n  delayedPosting: false\noversightModule:\n  isFdaRegulatedDevice: true\n  isUnapprovedDevice: false\n',
      errors: [
        {
          pointer: '/statusModule/delayedPosting',
          message:
            'Post Prior to U.S. FDA Approval or Clearance (statusModule.delayedPosting) only applies to a device not yet approved or cleared by the FDA, and Device Product Not Approved or Cleared by U.S. FDA (oversightModule.isUnapprovedDevice) is false: remove Post Prior to U.S. FDA Approval or Clearance (delayedPosting).',
          line: 2,
          column: 19,
        },
      ],
    },
    {
      name: 'device approval not answered',
      yaml: 'statusModule:\n  delayedPosting: true\n',
      errors: [
        {
          pointer: '/statusModule/delayedPosting',
          message:
            'Post Prior to U.S. FDA Approval or Clearance (statusModule.delayedPosting) only applies to a device not yet approved or cleared by the FDA: set Device Product Not Approved or Cleared by U.S. FDA (oversightModule.isUnapprovedDevice) to true if the study has one, else remove Post Prior to U.S. FDA Approval or Clearance (delayedPosting).',
        },
      ],
    },
    {
      name: 'legacy record started before 2017-01-18: info',
      yaml: 'statusModule:\n  delayedPosting: true\n  startDateStruct:\n    date: 2012-04\n',
      errors: [{ pointer: '/statusModule/delayedPosting', severity: 'info' }],
    },
  ],
});
