import { testRule } from '../testing/rule-tester.js';
import rule from './contact-fields-required.js';

testRule(rule, {
  valid: [
    {
      name: 'a complete central contact and a named site contact without phone or e-mail',
      yaml: `contactsLocationsModule:
  centralContacts:
    - name: Jane Doe, MD
      role: CONTACT
      phone: 555-0100
      email: jane@example.org
  locations:
    - facility: Clinic A
      contacts:
        - name: Ann Lee
          role: PRINCIPAL_INVESTIGATOR
`,
    },
    {
      // NCT06341426 (University Health Network, Toronto; posted 2024): the backup contact has an e-mail only.
      name: 'a backup contact reachable by e-mail only',
      yaml: `contactsLocationsModule:
  centralContacts:
    - name: Danica Johnson, BScH
      role: CONTACT
      phone: 416-603-5800
      phoneExt: "3796"
      email: danica.johnson@uhn.ca
    - name: Zoe Doyle, RN
      role: CONTACT
      email: zoe.doyle@uhn.ca
`,
    },
    { name: 'no contacts', yaml: 'contactsLocationsModule:\n  locations:\n    - facility: Clinic A\n' },
  ],
  invalid: [
    {
      name: 'a central contact without phone or e-mail',
      yaml: 'contactsLocationsModule:\n  centralContacts:\n    - name: Jane Doe\n      role: CONTACT\n',
      errors: [
        {
          pointer: '/contactsLocationsModule/centralContacts/0',
          message:
            'Central contact "Jane Doe" has no phone or email: a central contact needs a name, a phone number and an e-mail address, so add Central Contact Phone and Central Contact Email.',
          line: 3,
          column: 7,
        },
      ],
    },
    {
      name: 'a backup contact without a name, and a blank e-mail',
      yaml: `contactsLocationsModule:
  centralContacts:
    - name: Jane Doe
      phone: 555-0100
      email: " "
    - phone: 555-0101
      email: desk@example.org
`,
      errors: [
        {
          pointer: '/contactsLocationsModule/centralContacts/0/email',
          message: /^Central contact "Jane Doe" has no email: .* so add Central Contact Email\.$/,
          line: 5,
          column: 14,
        },
        {
          pointer: '/contactsLocationsModule/centralContacts/1',
          message:
            /^Central Contact \(contactsLocationsModule\.centralContacts\[1\]\) has no name: .* so add Central Contact Name\.$/,
        },
      ],
    },
    {
      name: 'a backup contact without phone and e-mail, and one without anything',
      yaml: `contactsLocationsModule:
  centralContacts:
    - name: Jane Doe
      phone: 555-0100
      email: jane@example.org
    - name: Desk
    - role: CONTACT
`,
      errors: [
        {
          pointer: '/contactsLocationsModule/centralContacts/1',
          message:
            'Central contact "Desk" has no phone or email: a backup central contact needs a name and a phone number or an e-mail address, so add Central Contact Phone or Central Contact Email.',
        },
        {
          pointer: '/contactsLocationsModule/centralContacts/2',
          message:
            /^Central Contact \(contactsLocationsModule\.centralContacts\[2\]\) has no name, phone or email: .* so add Central Contact Name and Central Contact Phone or Central Contact Email\.$/,
        },
      ],
    },
    {
      name: 'a site contact without a name',
      yaml: `contactsLocationsModule:
  locations:
    - facility: Clinic A
      contacts:
        - phone: 555-0102
    - city: Lyon
      contacts:
        - name: ""
`,
      errors: [
        {
          pointer: '/contactsLocationsModule/locations/0/contacts/0',
          message:
            'A contact at site "Clinic A" has no name: give the person\'s name (or an official title) as the Facility Contact Name (name).',
          line: 5,
          column: 11,
        },
        {
          pointer: '/contactsLocationsModule/locations/1/contacts/0/name',
          message: /^A contact at Location \(contactsLocationsModule\.locations\[1\]\) has no name/,
        },
      ],
    },
  ],
});
