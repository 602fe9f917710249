import { testRule } from '../testing/rule-tester.js';
import rule from './contact-required-while-recruiting.js';

const recruiting = 'statusModule:\n  overallStatus: RECRUITING\n';

testRule(rule, {
  valid: [
    {
      name: 'a central contact',
      yaml: `${recruiting}contactsLocationsModule:\n  centralContacts:\n    - name: Jane Doe\n      phone: 555-0100\n      email: jane@example.org\n`,
    },
    {
      name: 'a contact at every site',
      yaml: `${recruiting}contactsLocationsModule:
  locations:
    - facility: Clinic A
      contacts:
        - name: Ann
    - facility: Clinic B
      contacts:
        - name: Bob
`,
    },
    {
      name: 'closed sites need no contact',
      yaml: `${recruiting}contactsLocationsModule:
  locations:
    - facility: Clinic A
      status: RECRUITING
      contacts:
        - name: Ann
    - facility: Clinic B
      status: ACTIVE_NOT_RECRUITING
`,
    },
    { name: 'a completed study', yaml: 'statusModule:\n  overallStatus: COMPLETED\n' },
    {
      name: 'an imported record whose status the registry set to UNKNOWN',
      yaml: 'statusModule:\n  overallStatus: UNKNOWN\n  lastKnownStatus: RECRUITING\n',
    },
    {
      name: 'a draft without a status',
      yaml: 'contactsLocationsModule:\n  locations:\n    - facility: Clinic A\n',
    },
  ],
  invalid: [
    {
      name: 'nobody to contact: at the status',
      yaml: 'statusModule:\n  overallStatus: NOT_YET_RECRUITING\n',
      errors: [
        {
          pointer: '/statusModule/overallStatus',
          message:
            'The study is Not yet recruiting (NOT_YET_RECRUITING), but nobody is named to contact about it: add a Central Contact (contactsLocationsModule.centralContacts) with name, phone and email, or a Facility Contact at every site (locations[].contacts).',
          line: 2,
          column: 18,
        },
      ],
    },
    {
      name: 'sites without contacts and an empty central contact list',
      yaml: `${recruiting}contactsLocationsModule:\n  centralContacts: []\n  locations:\n    - facility: Clinic A\n`,
      errors: [
        {
          pointer: '/statusModule/overallStatus',
          message: /^The study is Recruiting \(RECRUITING\), but nobody is named/,
        },
      ],
    },
    {
      name: 'one open site without a contact',
      yaml: `${recruiting}contactsLocationsModule:
  locations:
    - facility: Clinic A
      contacts:
        - name: Ann
    - facility: Clinic B
      status: RECRUITING
    - city: Lyon
      country: France
`,
      errors: [
        {
          pointer: '/contactsLocationsModule/locations/1',
          message:
            'Site "Clinic B" has no contact and the study has no central contact: add the site\'s Facility Contact in contacts, or add a Central Contact (contactsLocationsModule.centralContacts).',
          line: 8,
          column: 7,
        },
        {
          pointer: '/contactsLocationsModule/locations/2',
          message: /^Location \(contactsLocationsModule\.locations\[2\]\) has no contact/,
        },
      ],
    },
  ],
});
