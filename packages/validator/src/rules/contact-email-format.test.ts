import { testRule } from '../testing/rule-tester.js';
import rule from './contact-email-format.js';

const central = (email: string) =>
  `contactsLocationsModule:\n  centralContacts:\n    - name: Jane Smith, MD\n      role: CONTACT\n      phone: +1 301-555-0100\n      email: ${email}\n`;

testRule(rule, {
  valid: [
    { name: 'a plain address', yaml: central('jane.smith@example.org') },
    { name: 'tags, subdomains and capitals', yaml: central('AKPAMC.Oncology+trials@mail.providence.ORG') },
    { name: 'an international domain', yaml: central('info@universität.de') },
    {
      name: 'draft contact without an email',
      yaml: 'contactsLocationsModule:\n  centralContacts:\n    - name: Jane Smith\n',
    },
    {
      name: 'site contacts',
      yaml: 'contactsLocationsModule:\n  locations:\n    - facility: City Hospital\n      contacts:\n        - name: Site Public Contact\n          email: clinical.trials@kp.org\n',
    },
  ],
  invalid: [
    {
      name: 'the hidden-address text of a web page',
      yaml: central('"[email protected]"'),
      errors: [
        {
          pointer: '/contactsLocationsModule/centralContacts/0/email',
          message:
            'Central Contact Email (contactsLocationsModule.centralContacts[0].email) "[email protected]" is the text a web page shows in place of a hidden address, not an address: write the contact\'s real address, e.g. "trials@example.org".',
          line: 6,
          column: 14,
        },
      ],
    },
    {
      name: 'no domain ending, spaces, placeholders',
      yaml: `contactsLocationsModule:
  centralContacts:
    - name: A
      email: jane@example
    - name: B
      email: jane smith@example.org
    - name: C
      email: TBD
    - name: D
      email: jane..smith@example.org
    - name: E
      email: jane(at)example.org
`,
      errors: [
        {
          pointer: '/contactsLocationsModule/centralContacts/0/email',
          message:
            'Central Contact Email (contactsLocationsModule.centralContacts[0].email) "jane@example" does not look like an email address (name@example.org): write the contact\'s real address, e.g. "trials@example.org".',
        },
        { pointer: '/contactsLocationsModule/centralContacts/1/email' },
        { pointer: '/contactsLocationsModule/centralContacts/2/email' },
        { pointer: '/contactsLocationsModule/centralContacts/3/email' },
        { pointer: '/contactsLocationsModule/centralContacts/4/email' },
      ],
    },
    {
      name: 'two addresses in a site contact',
      yaml: 'contactsLocationsModule:\n  locations:\n    - facility: City Hospital\n      contacts:\n        - name: Study team\n          email: a@example.org; b@example.org\n',
      errors: [
        {
          pointer: '/contactsLocationsModule/locations/0/contacts/0/email',
          message:
            'Facility Contact Email (contactsLocationsModule.locations[0].contacts[0].email) "a@example.org; b@example.org" holds more than one address: keep one here and give the other in a backup contact.',
        },
      ],
    },
    {
      name: 'a mailto link is reduced to the address',
      yaml: central('mailto:jane@example.org # from the website'),
      errors: [
        {
          pointer: '/contactsLocationsModule/centralContacts/0/email',
          message:
            'Central Contact Email (contactsLocationsModule.centralContacts[0].email) "mailto:jane@example.org" starts with "mailto:": write only the address, "jane@example.org".',
        },
      ],
      output: central('jane@example.org # from the website'),
    },
  ],
});
