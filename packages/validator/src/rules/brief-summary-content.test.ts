import { testRule } from '../testing/rule-tester.js';
import rule from './brief-summary-content.js';

const summary = (text: string): string => `descriptionModule:\n  briefSummary: ${text}\n`;

testRule(rule, {
  valid: [
    {
      name: 'lay summary',
      yaml: summary('This study tests whether drug X lowers blood pressure in adults.'),
    },
    {
      name: 'criteria mentioned in a sentence',
      yaml: summary('Patients who meet the inclusion criteria will be randomised to two groups.'),
    },
    {
      name: 'numbers that are not phone numbers',
      yaml: summary('"NCT01234567 enrolled 120 (2019-2021) at 3.5 mg/kg."'),
    },
    { name: 'draft without a summary', yaml: 'descriptionModule: {}\n' },
  ],
  invalid: [
    {
      name: 'e-mail address',
      yaml: summary('For questions write to study@example.org.'),
      errors: [
        {
          pointer: '/descriptionModule/briefSummary',
          message:
            'Brief Summary (descriptionModule.briefSummary) contains an e-mail address ("study@example.org"): move contact details to Central Contact (contactsLocationsModule.centralContacts), and keep the summary a short lay description of the study and its hypothesis.',
          line: 2,
          column: 17,
        },
      ],
    },
    {
      name: 'phone number',
      yaml: summary('Interested? Call 555-123-4567.'),
      errors: [{ pointer: '/descriptionModule/briefSummary', message: /a phone number \("555-123-4567"\)/ }],
    },
    {
      name: 'international phone number after a keyword',
      yaml: summary('"Tel: +44 20 7946 0958"'),
      errors: [
        {
          pointer: '/descriptionModule/briefSummary',
          message: /a phone number \("\+44 20 7946 0958"\)/,
        },
      ],
    },
    {
      name: 'phone number after a keyword',
      yaml: summary('"Questions: phone 0800 12 34 56."'),
      errors: [
        { pointer: '/descriptionModule/briefSummary', message: /a phone number \("phone 0800 12 34 56"\)/ },
      ],
    },
    {
      name: 'eligibility headings and contact',
      yaml: `descriptionModule:
  briefSummary: |
    A study of drug X.

    Inclusion Criteria
    * Adults
    Contact: trial@example.org
`,
      errors: [
        {
          pointer: '/descriptionModule/briefSummary',
          message:
            'Brief Summary (descriptionModule.briefSummary) contains an e-mail address ("trial@example.org") and an eligibility list ("Inclusion Criteria"): move contact details to Central Contact (contactsLocationsModule.centralContacts) and the criteria to Eligibility Criteria (eligibilityModule.eligibilityCriteria), and keep the summary a short lay description of the study and its hypothesis.',
        },
      ],
    },
    {
      name: 'heading with a colon inside the text',
      yaml: summary('"A study of drug X. Exclusion criteria: pregnancy."'),
      errors: [
        {
          pointer: '/descriptionModule/briefSummary',
          message: /an eligibility list \("Exclusion criteria"\)/,
        },
      ],
    },
  ],
});
