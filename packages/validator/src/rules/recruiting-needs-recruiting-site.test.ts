import { testRule } from '../testing/rule-tester.js';
import rule from './recruiting-needs-recruiting-site.js';

const file = (status: string, ...sites: Array<string | undefined>): string =>
  `statusModule:\n  overallStatus: ${status}\ncontactsLocationsModule:\n  locations:\n${sites
    .map((site, index) => `    - facility: Hospital ${index + 1}\n${site ? `      status: ${site}\n` : ''}`)
    .join('')}`;

testRule(rule, {
  valid: [
    { name: 'one of the sites recruits', yaml: file('RECRUITING', 'NOT_YET_RECRUITING', 'RECRUITING') },
    { name: 'no locations (e.g. a draft)', yaml: 'statusModule:\n  overallStatus: RECRUITING\n' },
    {
      name: 'empty locations',
      yaml: 'statusModule:\n  overallStatus: RECRUITING\ncontactsLocationsModule:\n  locations: []\n',
    },
    {
      name: 'a site without a status may be the recruiting one',
      yaml: file('RECRUITING', 'NOT_YET_RECRUITING', undefined),
    },
    { name: 'not recruiting overall', yaml: file('ACTIVE_NOT_RECRUITING', 'ACTIVE_NOT_RECRUITING') },
  ],
  invalid: [
    {
      name: 'recruiting study whose sites are not yet recruiting',
      yaml: file('RECRUITING', 'NOT_YET_RECRUITING', 'NOT_YET_RECRUITING', 'COMPLETED'),
      errors: [
        {
          pointer: '/statusModule/overallStatus',
          message:
            'Overall Recruitment Status (statusModule.overallStatus) is Recruiting (RECRUITING), but no site in Location (contactsLocationsModule.locations) is (their Individual Site Status: Not yet recruiting (NOT_YET_RECRUITING), Completed (COMPLETED)); set the sites that enroll to Recruiting (RECRUITING), or correct the Overall Recruitment Status.',
          line: 2,
          column: 18,
        },
      ],
    },
    {
      name: 'single site enrolling by invitation',
      yaml: file('RECRUITING', 'ENROLLING_BY_INVITATION'),
      errors: [
        {
          pointer: '/statusModule/overallStatus',
          message: /\(their Individual Site Status: Enrolling by invitation \(ENROLLING_BY_INVITATION\)\)/,
        },
      ],
    },
  ],
});
