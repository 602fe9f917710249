import { testRule } from '../testing/rule-tester.js';
import rule from './site-status-required.js';

const sites = `contactsLocationsModule:
  locations:
    - facility: Clinic A
      status: RECRUITING
    - facility: Clinic B
`;

testRule(rule, {
  valid: [
    {
      name: 'every site has a status',
      yaml:
        'statusModule:\n  overallStatus: RECRUITING\n' +
        sites.replace(
          '    - facility: Clinic B\n',
          '    - facility: Clinic B\n      status: NOT_YET_RECRUITING\n',
        ),
    },
    { name: 'a completed study', yaml: `statusModule:\n  overallStatus: COMPLETED\n${sites}` },
    { name: 'a draft without a status', yaml: sites },
    {
      name: 'an imported record no longer recruiting (the public record drops site statuses)',
      yaml: `identificationModule:\n  nctId: NCT01234567\nstatusModule:\n  overallStatus: ACTIVE_NOT_RECRUITING\n${sites}`,
    },
    {
      name: 'an imported record enrolling by invitation (the public record drops site statuses then)',
      yaml: `identificationModule:\n  nctId: NCT01234567\nstatusModule:\n  overallStatus: ENROLLING_BY_INVITATION\n${sites}`,
    },
  ],
  invalid: [
    {
      name: 'a recruiting study with a site without status',
      yaml: `statusModule:\n  overallStatus: RECRUITING\n${sites}`,
      errors: [
        {
          pointer: '/contactsLocationsModule/locations/1',
          message:
            'Site "Clinic B" has no Individual Site Status: while the study is Recruiting (RECRUITING), give each site\'s own recruitment status in status (e.g. Recruiting (RECRUITING), Not yet recruiting (NOT_YET_RECRUITING) or Completed (COMPLETED)).',
          line: 7,
          column: 7,
        },
      ],
    },
    {
      name: 'a draft that is active, not recruiting',
      yaml: `statusModule:\n  overallStatus: ACTIVE_NOT_RECRUITING\n${sites}`.replace(
        '- facility: Clinic B',
        '- city: Lyon',
      ),
      errors: [
        {
          pointer: '/contactsLocationsModule/locations/1',
          message:
            /^Location \(contactsLocationsModule\.locations\[1\]\) has no Individual Site Status: while the study is Active, not recruiting \(ACTIVE_NOT_RECRUITING\)/,
        },
      ],
    },
    {
      name: 'an imported recruiting record',
      yaml: `identificationModule:\n  nctId: NCT01234567\nstatusModule:\n  overallStatus: RECRUITING\n${sites}`,
      errors: [{ pointer: '/contactsLocationsModule/locations/1' }],
    },
    {
      name: 'a draft enrolling by invitation',
      yaml: `statusModule:\n  overallStatus: ENROLLING_BY_INVITATION\n${sites}`,
      errors: [{ pointer: '/contactsLocationsModule/locations/1' }],
    },
  ],
});
