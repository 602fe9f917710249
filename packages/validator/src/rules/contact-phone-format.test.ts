import { testRule } from '../testing/rule-tester.js';
import rule from './contact-phone-format.js';

const central = (phone: string, ext?: string) =>
  `contactsLocationsModule:\n  centralContacts:\n    - name: Jane Smith\n      phone: ${phone}\n${ext === undefined ? '' : `      phoneExt: ${ext}\n`}`;

testRule(rule, {
  valid: [
    { name: 'a US number', yaml: central('907-212-6871') },
    { name: 'an international number with dots', yaml: central('+33 1.49.95.81.69') },
    { name: 'a mobile number without spaces', yaml: central('"13979109200"') },
    { name: 'with brackets and an extension', yaml: central('+1 (301) 555-0100 ext. 24') },
    { name: 'with an extension in phoneExt', yaml: central('+1 301 555 0100', '"2345"') },
    {
      name: 'draft without a phone',
      yaml: 'contactsLocationsModule:\n  centralContacts:\n    - name: Jane Smith\n',
    },
  ],
  invalid: [
    {
      name: 'a country code in phoneExt',
      yaml: 'contactsLocationsModule:\n  locations:\n    - facility: Jiangxi Cancer Hospital\n      contacts:\n        - name: Chunling Jiang\n          phone: "13979109200"\n          phoneExt: "+086"\n',
      errors: [
        {
          pointer: '/contactsLocationsModule/locations/0/contacts/0/phoneExt',
          message:
            'Facility Contact Phone Extension (contactsLocationsModule.locations[0].contacts[0].phoneExt) "+086" looks like a country code, not an extension: write the phone number in international form ("+86 ...") and keep the Facility Contact Phone Extension for an extension number.',
          line: 7,
          column: 21,
        },
      ],
    },
    {
      name: 'words instead of a number',
      yaml: central('Call the study office'),
      errors: [
        {
          pointer: '/contactsLocationsModule/centralContacts/0/phone',
          message:
            'Central Contact Phone (contactsLocationsModule.centralContacts[0].phone) "Call the study office" is not just a phone number: write the number with digits, spaces and + - ( ) . / only, e.g. "+1 301-555-0100" (an extension goes in Central Contact Phone Extension, a second number in a backup contact).',
        },
      ],
    },
    {
      name: 'too few digits',
      yaml: central('"5550"'),
      errors: [
        {
          pointer: '/contactsLocationsModule/centralContacts/0/phone',
          message:
            'Central Contact Phone (contactsLocationsModule.centralContacts[0].phone) "5550" has only 4 digits: write the full number with its country or area code, e.g. "+1 301-555-0100".',
        },
      ],
    },
    {
      name: 'two numbers in one',
      yaml: central('+44 20 7946 0958 / +44 20 7946 0959'),
      errors: [
        {
          pointer: '/contactsLocationsModule/centralContacts/0/phone',
          message: /has 24 digits, more than one phone number/,
        },
      ],
    },
    {
      name: 'an extension that is not a number',
      yaml: central('+1 301 555 0100', 'reception'),
      errors: [
        {
          pointer: '/contactsLocationsModule/centralContacts/0/phoneExt',
          message:
            'Central Contact Phone Extension (contactsLocationsModule.centralContacts[0].phoneExt) "reception" is not an extension number: write only the extension digits, e.g. "1234".',
        },
      ],
    },
  ],
});
