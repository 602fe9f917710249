import { testRule } from '../testing/rule-tester.js';
import rule from './status-matches-study-type.js';

const file = (studyType: string, status: string): string =>
  `statusModule:\n  overallStatus: ${status}\ndesignModule:\n  studyType: ${studyType}\n`;

testRule(rule, {
  valid: [
    { name: 'interventional and recruiting', yaml: file('INTERVENTIONAL', 'RECRUITING') },
    { name: 'observational and completed', yaml: file('OBSERVATIONAL', 'COMPLETED') },
    { name: 'expanded access and available', yaml: file('EXPANDED_ACCESS', 'APPROVED_FOR_MARKETING') },
    { name: 'no study type yet', yaml: 'statusModule:\n  overallStatus: AVAILABLE\n' },
    { name: 'no status yet', yaml: 'designModule:\n  studyType: EXPANDED_ACCESS\n' },
    {
      name: "registry-assigned statuses are status-enterable's business",
      yaml: `identificationModule:\n  nctId: NCT01234567\n${file('EXPANDED_ACCESS', 'WITHHELD')}`,
    },
  ],
  invalid: [
    {
      name: 'expanded access with a trial status',
      yaml: file('EXPANDED_ACCESS', 'RECRUITING'),
      errors: [
        {
          pointer: '/statusModule/overallStatus',
          message:
            'Recruiting (RECRUITING) is a status of interventional and observational studies, but Study Type (designModule.studyType) is Expanded Access (EXPANDED_ACCESS); use Available (AVAILABLE), No longer available (NO_LONGER_AVAILABLE), Temporarily not available (TEMPORARILY_NOT_AVAILABLE) or Approved for marketing (APPROVED_FOR_MARKETING) (or correct the Study Type).',
          line: 2,
          column: 18,
        },
      ],
    },
    {
      name: 'interventional study with an expanded-access status',
      yaml: file('INTERVENTIONAL', 'AVAILABLE'),
      errors: [
        {
          pointer: '/statusModule/overallStatus',
          message:
            'Available (AVAILABLE) is an expanded-access status, but Study Type (designModule.studyType) is Interventional (INTERVENTIONAL); use a study status such as Recruiting (RECRUITING), Active, not recruiting (ACTIVE_NOT_RECRUITING) or Completed (COMPLETED) (or correct the Study Type).',
        },
      ],
    },
    {
      name: 'observational study with an expanded-access status',
      yaml: file('OBSERVATIONAL', 'NO_LONGER_AVAILABLE'),
      errors: [
        {
          pointer: '/statusModule/overallStatus',
          message: /Study Type \(designModule\.studyType\) is Observational \(OBSERVATIONAL\)/,
        },
      ],
    },
  ],
});
