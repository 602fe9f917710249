import { testRule } from '../testing/rule-tester.js';
import rule from './see-also-link-fields.js';

testRule(rule, {
  valid: [
    {
      name: 'labelled absolute links',
      yaml: `referencesModule:
  seeAlsoLinks:
    - label: Study website
      url: https://www.example.org/study
    - label: FDA Safety Alerts and Recalls
      url: http://www.fda.gov/Safety/MedWatch/SafetyInformation/default.htm
`,
    },
    {
      name: 'an encoded space and a query are no space',
      yaml: `referencesModule:
  seeAlsoLinks:
    - label: Study website
      url: https://www.uhn.ca/psilocybin%20trial?lang=en#contact
`,
    },
    { name: 'no links', yaml: 'referencesModule:\n  references:\n    - pmid: "123"\n' },
  ],
  invalid: [
    {
      name: 'an address without a scheme',
      yaml: 'referencesModule:\n  seeAlsoLinks:\n    - label: Study website\n      url: www.example.org/study\n',
      errors: [
        {
          pointer: '/referencesModule/seeAlsoLinks/0/url',
          message:
            'Link URL (referencesModule.seeAlsoLinks[0].url) "www.example.org/study" is not a complete web address: write it with http:// or https://, e.g. "https://www.example.org/study".',
          line: 4,
          column: 12,
        },
      ],
    },
    {
      name: 'another scheme, and text that is no address',
      yaml: `referencesModule:
  seeAlsoLinks:
    - label: Protocol
      url: ftp://files.example.org/protocol.pdf
    - label: Registry
      url: see the sponsor's website
`,
      errors: [
        {
          pointer: '/referencesModule/seeAlsoLinks/0/url',
          message:
            'Link URL (referencesModule.seeAlsoLinks[0].url) "ftp://files.example.org/protocol.pdf" is not a complete web address: write it with http:// or https://.',
        },
        {
          pointer: '/referencesModule/seeAlsoLinks/1/url',
          message:
            'Link URL (referencesModule.seeAlsoLinks[1].url) "see the sponsor\'s website" is not a complete web address: write it with http:// or https://.',
        },
      ],
    },
    {
      name: 'a space in the path (seeded on NCT06341426)',
      yaml: 'referencesModule:\n  seeAlsoLinks:\n    - label: Study website\n      url: https://www.uhn.ca/psilocybin trial\n',
      errors: [
        {
          pointer: '/referencesModule/seeAlsoLinks/0/url',
          message:
            'Link URL (referencesModule.seeAlsoLinks[0].url) "https://www.uhn.ca/psilocybin trial" contains a space after "https://www.uhn.ca/psilocybin": a web address cannot contain spaces. Write it as it is on the site (a space in the path is written %20).',
          line: 4,
          column: 12,
        },
      ],
    },
    {
      name: 'an address folded over two lines, and a note after the address',
      yaml: `referencesModule:
  seeAlsoLinks:
    - label: Protocol
      url: https://www.example.org/files/
        protocol.pdf
    - label: Results
      url: https://www.example.org/results (in French)
`,
      errors: [
        {
          pointer: '/referencesModule/seeAlsoLinks/0/url',
          message:
            /"https:\/\/www\.example\.org\/files\/ protocol\.pdf" contains a space after "https:\/\/www\.example\.org\/files\/"/,
        },
        {
          pointer: '/referencesModule/seeAlsoLinks/1/url',
          message: /contains a space after "https:\/\/www\.example\.org\/results"/,
        },
      ],
    },
    {
      name: 'a space in the host is no address at all',
      yaml: 'referencesModule:\n  seeAlsoLinks:\n    - label: Study website\n      url: https://www.uhn .ca/trial\n',
      errors: [
        {
          pointer: '/referencesModule/seeAlsoLinks/0/url',
          message:
            /"https:\/\/www\.uhn \.ca\/trial" is not a complete web address: write it with http:\/\/ or https:\/\/\.$/,
        },
      ],
    },
    {
      name: 'a link without label, and one with neither label nor address',
      yaml: `referencesModule:
  seeAlsoLinks:
    - url: https://www.example.org
    - label: ""
`,
      errors: [
        {
          pointer: '/referencesModule/seeAlsoLinks/0',
          message:
            'Link (referencesModule.seeAlsoLinks[0]) has no Link Description: give a short description of the page in label.',
          line: 3,
          column: 7,
        },
        {
          pointer: '/referencesModule/seeAlsoLinks/1',
          message:
            'Link (referencesModule.seeAlsoLinks[1]) has no Link Description or Link URL: give a short description of the page in label and its complete address in url, starting with https:// or http://.',
        },
      ],
    },
  ],
});
