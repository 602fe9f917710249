import { testRule } from '../testing/rule-tester.js';
import rule from './us-export-flag.js';

const INT = 'designModule:\n  studyType: INTERVENTIONAL\n';
const sites = (...countries: string[]) =>
  `contactsLocationsModule:\n  locations:\n${countries.map((country) => `    - facility: Site\n      city: City\n      country: ${country}\n`).join('')}`;

testRule(rule, {
  valid: [
    {
      name: 'US site',
      yaml: `${INT}oversightModule:\n  isFdaRegulatedDrug: true\n${sites('France', 'United States')}`,
    },
    {
      name: 'US territory site',
      yaml: `${INT}oversightModule:\n  isFdaRegulatedDevice: true\n${sites('Puerto Rico')}`,
    },
    {
      name: 'answered',
      yaml: `${INT}oversightModule:\n  isFdaRegulatedDrug: true\n  isUsExport: false\n${sites('China')}`,
    },
    {
      name: 'no FDA-regulated product',
      yaml: `${INT}oversightModule:\n  isFdaRegulatedDrug: false\n  isFdaRegulatedDevice: false\n${sites('China')}`,
    },
    { name: 'no sites listed yet', yaml: `${INT}oversightModule:\n  isFdaRegulatedDrug: true\n` },
    {
      name: 'observational study',
      yaml: `designModule:\n  studyType: OBSERVATIONAL\noversightModule:\n  isFdaRegulatedDrug: true\n${sites('China')}`,
    },
  ],
  invalid: [
    {
      name: 'drug study abroad',
      yaml: `${INT}oversightModule:\n  isFdaRegulatedDrug: true\n  isFdaRegulatedDevice: false\n${sites('Germany', 'France')}`,
      errors: [
        {
          pointer: '/oversightModule/isFdaRegulatedDrug',
          message:
            'The study has a U.S. FDA-regulated drug but no site in the United States: unless it runs under a U.S. IND or IDE, answer Product Manufactured in and Exported from the U.S. (oversightModule.isUsExport), true if the product is made in the U.S. and exported for this study, else false.',
          line: 4,
          column: 23,
        },
      ],
    },
    {
      name: 'device study abroad',
      yaml: `${INT}oversightModule:\n  isFdaRegulatedDrug: false\n  isFdaRegulatedDevice: true\n${sites('Japan')}`,
      errors: [
        {
          pointer: '/oversightModule/isFdaRegulatedDevice',
          message: /^The study has a U\.S\. FDA-regulated device but no site/,
        },
      ],
    },
  ],
});
