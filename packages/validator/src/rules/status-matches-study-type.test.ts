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
            '"RECRUITING" is a status of interventional and observational studies, but designModule.studyType is EXPANDED_ACCESS; use AVAILABLE, NO_LONGER_AVAILABLE, TEMPORARILY_NOT_AVAILABLE or APPROVED_FOR_MARKETING (or correct the study type).',
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
            '"AVAILABLE" is an expanded-access status, but designModule.studyType is INTERVENTIONAL; use a study status such as RECRUITING, ACTIVE_NOT_RECRUITING or COMPLETED (or correct the study type).',
        },
      ],
    },
    {
      name: 'observational study with an expanded-access status',
      yaml: file('OBSERVATIONAL', 'NO_LONGER_AVAILABLE'),
      errors: [
        { pointer: '/statusModule/overallStatus', message: /designModule\.studyType is OBSERVATIONAL/ },
      ],
    },
  ],
});
