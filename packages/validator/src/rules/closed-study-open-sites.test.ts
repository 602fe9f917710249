import { testRule } from '../testing/rule-tester.js';
import rule from './closed-study-open-sites.js';

const file = (status: string, ...sites: string[]): string =>
  `statusModule:\n  overallStatus: ${status}\ncontactsLocationsModule:\n  locations:\n${sites
    .map((site, index) => `    - facility: Hospital ${index + 1}\n      status: ${site}\n`)
    .join('')}`;

testRule(rule, {
  valid: [
    {
      name: 'completed study with completed and withdrawn sites',
      yaml: file('COMPLETED', 'COMPLETED', 'WITHDRAWN'),
    },
    {
      name: 'recruiting study with a site not yet recruiting',
      yaml: file('RECRUITING', 'RECRUITING', 'NOT_YET_RECRUITING'),
    },
    { name: 'suspended study (sites may reopen)', yaml: file('SUSPENDED', 'NOT_YET_RECRUITING') },
    { name: 'no locations', yaml: 'statusModule:\n  overallStatus: COMPLETED\n' },
    {
      name: 'no overall status',
      yaml: 'contactsLocationsModule:\n  locations:\n    - status: NOT_YET_RECRUITING\n',
    },
    {
      name: 'a recruiting site is reported by site-recruiting-needs-overall-recruiting instead',
      yaml: file('TERMINATED', 'RECRUITING'),
    },
  ],
  invalid: [
    {
      name: 'active, not recruiting with a site not yet recruiting',
      yaml: file('ACTIVE_NOT_RECRUITING', 'ACTIVE_NOT_RECRUITING', 'NOT_YET_RECRUITING'),
      errors: [
        {
          pointer: '/contactsLocationsModule/locations/1/status',
          message:
            'Site "Hospital 2" is Not yet recruiting (NOT_YET_RECRUITING), but Overall Recruitment Status (statusModule.overallStatus) is Active, not recruiting (ACTIVE_NOT_RECRUITING): update the site\'s Individual Site Status, to Withdrawn (WITHDRAWN) if it never enrolled anyone, or correct the Overall Recruitment Status.',
          line: 8,
          column: 15,
        },
      ],
    },
    {
      name: 'withdrawn study with two sites never opened',
      yaml: file('WITHDRAWN', 'NOT_YET_RECRUITING', 'NOT_YET_RECRUITING'),
      errors: [
        {
          pointer: '/contactsLocationsModule/locations/0/status',
          message: /Overall Recruitment Status \(statusModule\.overallStatus\) is Withdrawn \(WITHDRAWN\):/,
        },
        { pointer: '/contactsLocationsModule/locations/1/status' },
      ],
    },
  ],
});
