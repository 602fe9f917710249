import { testRule } from '../testing/rule-tester.js';
import rule from './site-recruiting-needs-overall-recruiting.js';

const file = (status: string, ...sites: string[]): string =>
  `statusModule:\n  overallStatus: ${status}\ncontactsLocationsModule:\n  locations:\n${sites
    .map((site, index) => `    - facility: Hospital ${index + 1}\n      status: ${site}\n`)
    .join('')}`;

testRule(rule, {
  valid: [
    {
      name: 'recruiting study with a recruiting site',
      yaml: file('RECRUITING', 'RECRUITING', 'NOT_YET_RECRUITING'),
    },
    { name: 'completed study with completed sites', yaml: file('COMPLETED', 'COMPLETED') },
    { name: 'no locations', yaml: 'statusModule:\n  overallStatus: ACTIVE_NOT_RECRUITING\n' },
    {
      name: 'no overall status yet',
      yaml: 'contactsLocationsModule:\n  locations:\n    - status: RECRUITING\n',
    },
    {
      name: 'imported record with the registry-assigned UNKNOWN status',
      yaml: `identificationModule:\n  nctId: NCT01234567\n${file('UNKNOWN', 'RECRUITING')}`,
    },
    {
      name: 'a location without a status',
      yaml: 'statusModule:\n  overallStatus: COMPLETED\ncontactsLocationsModule:\n  locations:\n    - facility: A\n',
    },
  ],
  invalid: [
    {
      name: 'not yet recruiting with a recruiting site',
      yaml: file('NOT_YET_RECRUITING', 'NOT_YET_RECRUITING', 'RECRUITING'),
      errors: [
        {
          pointer: '/statusModule/overallStatus',
          message:
            'Site "Hospital 2" is Recruiting (RECRUITING), so Overall Recruitment Status (statusModule.overallStatus) must be Recruiting (RECRUITING), not Not yet recruiting (NOT_YET_RECRUITING); change the Overall Recruitment Status, or update the Individual Site Status (contactsLocationsModule.locations[].status) of the sites.',
          line: 2,
          column: 18,
        },
      ],
    },
    {
      name: 'completed with several recruiting sites',
      yaml: file('COMPLETED', 'RECRUITING', 'COMPLETED', 'RECRUITING'),
      errors: [
        {
          pointer: '/statusModule/overallStatus',
          message:
            /^2 sites \(first: Site "Hospital 1"\) are Recruiting \(RECRUITING\), so .* not Completed \(COMPLETED\);/,
        },
      ],
    },
    {
      name: 'a site without a facility name',
      yaml: 'statusModule:\n  overallStatus: ENROLLING_BY_INVITATION\ncontactsLocationsModule:\n  locations:\n    - city: Oslo\n      status: RECRUITING\n',
      errors: [
        {
          pointer: '/statusModule/overallStatus',
          message: /^The site in Oslo is Recruiting \(RECRUITING\)/,
        },
      ],
    },
  ],
});
