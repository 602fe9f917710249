import { testRule } from '../testing/rule-tester.js';
import rule from './status-enterable.js';

testRule(rule, {
  valid: [
    { name: 'draft with an enterable status', yaml: 'statusModule:\n  overallStatus: RECRUITING\n' },
    { name: 'draft without a status', yaml: 'statusModule:\n  statusVerifiedDate: 2026-10\n' },
    { name: 'empty draft', yaml: 'identificationModule:\n  briefTitle: A study\n' },
    {
      name: 'imported record with the registry-assigned UNKNOWN status',
      yaml: 'identificationModule:\n  nctId: NCT05032014\nstatusModule:\n  overallStatus: UNKNOWN\n  lastKnownStatus: RECRUITING\n',
    },
    {
      name: 'imported record with WITHHELD',
      yaml: 'identificationModule:\n  nctId: NCT05032014\nstatusModule:\n  overallStatus: WITHHELD\n',
    },
  ],
  invalid: [
    {
      name: 'draft with UNKNOWN and lastKnownStatus',
      yaml: 'statusModule:\n  overallStatus: UNKNOWN\n  lastKnownStatus: RECRUITING\n',
      errors: [
        {
          pointer: '/statusModule/overallStatus',
          message:
            "Unknown status (UNKNOWN) is set by the registry when a study's status has not been verified for two years and cannot be entered; give the study's current status in Overall Recruitment Status (statusModule.overallStatus); the last known one is Recruiting (RECRUITING).",
          line: 2,
          column: 18,
        },
        {
          pointer: '/statusModule/lastKnownStatus',
          message:
            'Last Known Status (statusModule.lastKnownStatus) is kept by the registry beside an Unknown status (UNKNOWN) and cannot be entered; remove it and give the current status in Overall Recruitment Status (statusModule.overallStatus).',
          line: 3,
          column: 3,
        },
      ],
    },
    {
      name: 'draft with WITHHELD',
      yaml: 'identificationModule:\n  briefTitle: A study\nstatusModule:\n  overallStatus: WITHHELD\n',
      errors: [
        { pointer: '/statusModule/overallStatus', message: /^Withheld \(WITHHELD\) is set by the registry/ },
      ],
    },
    {
      name: 'draft with lastKnownStatus beside an enterable status',
      yaml: 'identificationModule:\n  briefTitle: A study\nstatusModule:\n  overallStatus: COMPLETED\n  lastKnownStatus: COMPLETED\n',
      errors: [{ pointer: '/statusModule/lastKnownStatus' }],
    },
  ],
});
