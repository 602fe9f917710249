import { testRule } from '../testing/rule-tester.js';
import rule from './location-fields-required.js';

testRule(rule, {
  valid: [
    {
      name: 'complete sites in and outside the United States',
      yaml: `contactsLocationsModule:
  locations:
    - facility: Mayo Clinic
      city: Rochester
      state: Minnesota
      zip: "55905"
      country: United States
    - facility: Hôpital Lariboisière
      city: Paris
      country: France
`,
    },
    { name: 'no sites yet', yaml: 'contactsLocationsModule:\n  overallOfficials:\n    - name: Jane Doe\n' },
  ],
  invalid: [
    {
      name: 'a site with only a facility',
      yaml: 'contactsLocationsModule:\n  locations:\n    - facility: Clinic A\n',
      errors: [
        {
          pointer: '/contactsLocationsModule/locations/0',
          message:
            'Site "Clinic A" has no city or country: every site needs facility (the organisation\'s name), city and country, so add city and country.',
          line: 3,
          column: 7,
        },
      ],
    },
    {
      name: 'a United States site without state and zip',
      yaml: 'contactsLocationsModule:\n  locations:\n    - facility: Mayo Clinic\n      city: Rochester\n      country: United States\n',
      errors: [
        {
          pointer: '/contactsLocationsModule/locations/0',
          message:
            'Site "Mayo Clinic" has no state or zip: a site in the United States needs facility, city, state, zip and country, so add state and zip.',
        },
      ],
    },
    {
      name: 'a site written as USA without a facility',
      yaml: 'contactsLocationsModule:\n  locations:\n    - city: Boston\n      state: Massachusetts\n      zip: "02115"\n      country: USA\n',
      errors: [
        {
          pointer: '/contactsLocationsModule/locations/0',
          message: /^contactsLocationsModule\.locations\[0\] has no facility: a site in the United States/,
        },
      ],
    },
    {
      name: 'a blank city: at the value',
      yaml: 'contactsLocationsModule:\n  locations:\n    - facility: Clinic A\n      city: ""\n      country: Spain\n',
      errors: [
        {
          pointer: '/contactsLocationsModule/locations/0/city',
          message: /^Site "Clinic A" has no city:/,
          line: 4,
          column: 13,
        },
      ],
    },
  ],
});
