import { testRule } from '../testing/rule-tester.js';
import rule from './overall-status-required.js';

testRule(rule, {
  valid: [
    { name: 'status given', yaml: 'statusModule:\n  overallStatus: NOT_YET_RECRUITING\n' },
    {
      name: 'imported record with a system-assigned UNKNOWN status',
      yaml: 'identificationModule:\n  nctId: NCT01234567\nstatusModule:\n  overallStatus: UNKNOWN\n  lastKnownStatus: RECRUITING\n',
    },
  ],
  invalid: [
    {
      name: 'status module without a status',
      yaml: 'statusModule:\n  statusVerifiedDate: 2026-10\n',
      errors: [
        {
          pointer: '/statusModule',
          message:
            'Overall Recruitment Status (statusModule.overallStatus) is missing: choose the recruitment status, e.g. Not yet recruiting (NOT_YET_RECRUITING), Recruiting (RECRUITING), Active, not recruiting (ACTIVE_NOT_RECRUITING) or Completed (COMPLETED).',
          line: 1,
          column: 1,
        },
      ],
    },
    {
      name: 'expanded access record: its own statuses are proposed',
      yaml: 'statusModule:\n  statusVerifiedDate: 2026-10\ndesignModule:\n  studyType: EXPANDED_ACCESS\n',
      errors: [
        {
          pointer: '/statusModule',
          message: /choose the availability of expanded access: Available \(AVAILABLE\),/,
        },
      ],
    },
    {
      name: 'no status module',
      yaml: 'designModule:\n  studyType: OBSERVATIONAL\n',
      errors: [{ pointer: '' }],
    },
  ],
});
