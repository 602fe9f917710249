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
            'Official "Jane Doe, MD" has no affiliation or role: give the organization in affiliation and role (PRINCIPAL_INVESTIGATOR, STUDY_DIRECTOR, STUDY_CHAIR or SUB_INVESTIGATOR).',
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
            'contactsLocationsModule.overallOfficials[0] has no name: give the full name with degree in name.',
        },
        {
          pointer: '/contactsLocationsModule/overallOfficials/1/affiliation',
          message: /^Official "John Roe" has no affiliation/,
          line: 6,
          column: 20,
        },
      ],
    },
  ],
});
