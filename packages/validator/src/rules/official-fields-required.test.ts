import { testRule } from '../testing/rule-tester.js';
import rule from './official-fields-required.js';

testRule(rule, {
  valid: [
    {
      name: 'a complete official',
      yaml: 'contactsLocationsModule:\n  overallOfficials:\n    - name: Jane Doe, MD\n      affiliation: Mayo Clinic\n      role: PRINCIPAL_INVESTIGATOR\n',
    },
    { name: 'no officials', yaml: 'contactsLocationsModule:\n  centralContacts:\n    - name: Jane Doe\n' },
  ],
  invalid: [
    {
      name: 'an official without affiliation and role',
      yaml: 'contactsLocationsModule:\n  overallOfficials:\n    - name: Jane Doe, MD\n',
      errors: [
        {
          pointer: '/contactsLocationsModule/overallOfficials/0',
          message:
            'Official "Jane Doe, MD" has no Overall Study Official Affiliation or Official\'s Role: give the organization in affiliation and the official\'s role in role (Principal Investigator (PRINCIPAL_INVESTIGATOR), Study Director (STUDY_DIRECTOR), Study Chair (STUDY_CHAIR) or Sub-Investigator (SUB_INVESTIGATOR)).',
          line: 3,
          column: 7,
        },
      ],
    },
    {
      name: 'an unnamed official and a blank affiliation',
      yaml: `contactsLocationsModule:
  overallOfficials:
    - affiliation: Mayo Clinic
      role: STUDY_CHAIR
    - name: John Roe
      affiliation: ""
      role: STUDY_DIRECTOR
`,
      errors: [
        {
          pointer: '/contactsLocationsModule/overallOfficials/0',
          message:
            'Overall Study Official (contactsLocationsModule.overallOfficials[0]) has no Overall Study Official Name: give the full name with degree in name.',
        },
        {
          pointer: '/contactsLocationsModule/overallOfficials/1/affiliation',
          message: /^Official "John Roe" has no Overall Study Official Affiliation:/,
          line: 6,
          column: 20,
        },
      ],
    },
  ],
});
