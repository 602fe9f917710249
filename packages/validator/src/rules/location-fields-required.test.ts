import { testRule } from '../testing/rule-tester.js';
import rule from './location-fields-required.js';

/** Sites as the public record of a closed study shows them (NCT02210780): city, state and country only. */
const closedSites = `contactsLocationsModule:
  locations:
    - city: Birmingham
      state: Alabama
      country: United States
    - city: Fort Smith
      state: Arkansas
      country: United States
    - city: Long Beach
      state: California
      country: United States
    - city: Chicago
      zip: "60611"
      country: United States
`;

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
            'Site "Clinic A" has no City or Country: every site needs Facility Name, City and Country, so add city and country.',
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
            'Site "Mayo Clinic" has no State/Province or ZIP/Postal Code: a site in the United States needs Facility Name, City, State/Province, ZIP/Postal Code and Country, so add state and zip.',
        },
      ],
    },
    {
      name: 'a site written as USA without a facility',
      yaml: 'contactsLocationsModule:\n  locations:\n    - city: Boston\n      state: Massachusetts\n      zip: "02115"\n      country: USA\n',
      errors: [
        {
          pointer: '/contactsLocationsModule/locations/0',
          message: /^The site in Boston has no Facility Name: a site in the United States/,
        },
      ],
    },
    {
      name: 'a blank city: at the value',
      yaml: 'contactsLocationsModule:\n  locations:\n    - facility: Clinic A\n      city: ""\n      country: Spain\n',
      errors: [
        {
          pointer: '/contactsLocationsModule/locations/0/city',
          message: /^Site "Clinic A" has no City:/,
          line: 4,
          column: 13,
        },
      ],
    },
    {
      name: 'many US sites without facility and ZIP code: one finding per field (NCT02210780, posted, completed)',
      yaml: `identificationModule:
  nctId: NCT02210780
statusModule:
  overallStatus: COMPLETED
${closedSites}`,
      errors: [
        {
          pointer: '/contactsLocationsModule/locations',
          severity: 'info',
          message:
            '4 of 4 sites have no Facility Name (facility), e.g. Birmingham, Fort Smith, Long Beach and 1 more: every site needs its Facility Name, so add facility to each.',
          line: 6,
          column: 3,
        },
        {
          pointer: '/contactsLocationsModule/locations',
          severity: 'info',
          message:
            '3 of 4 sites in the United States have no ZIP/Postal Code (zip), e.g. Birmingham, Fort Smith and Long Beach: a site in the United States needs its State/Province and ZIP/Postal Code, so add zip to each.',
        },
        {
          pointer: '/contactsLocationsModule/locations/3',
          severity: 'info',
          message:
            'The site in Chicago has no State/Province: a site in the United States needs Facility Name, City, State/Province, ZIP/Postal Code and Country, so add state.',
        },
      ],
    },
    {
      name: 'the same sites in a draft: errors',
      yaml: closedSites,
      errors: [
        { pointer: '/contactsLocationsModule/locations' },
        { pointer: '/contactsLocationsModule/locations' },
        { pointer: '/contactsLocationsModule/locations/3' },
      ],
    },
  ],
});
