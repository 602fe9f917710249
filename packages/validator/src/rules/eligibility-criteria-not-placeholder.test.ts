import { testRule } from '../testing/rule-tester.js';
import rule from './eligibility-criteria-not-placeholder.js';

const criteria = (inclusion: string, exclusion: string): string =>
  `eligibilityModule:\n  eligibilityCriteria: |-\n    Inclusion Criteria:\n\n    ${inclusion}\n\n    Exclusion Criteria:\n\n    ${exclusion}\n`;

testRule(rule, {
  valid: [
    {
      name: 'real criteria under both headings (NCT05594173)',
      yaml: criteria('* Healthy adults under age 60', '* Type 1 Diabetes\n    * Current use of dentures'),
    },
    {
      name: 'no headings: eligibility-criteria-structure says so',
      yaml: 'eligibilityModule:\n  eligibilityCriteria: Adults with asthma.\n',
    },
    {
      name: 'no exclusion criteria, said in words',
      yaml: criteria('* Healthy adults under age 60', 'There are no exclusion criteria.'),
    },
  ],
  invalid: [
    {
      name: 'placeholders under both headings',
      yaml: criteria('* N/A', 'TBD'),
      errors: [
        {
          pointer: '/eligibilityModule/eligibilityCriteria',
          message:
            'Under "Inclusion Criteria" the criteria say only "N/A": the registry returns criteria that are placeholders as missing; list the criteria that decide who may take part.',
          line: 2,
          column: 24,
        },
        {
          pointer: '/eligibilityModule/eligibilityCriteria',
          message: /^Under "Exclusion Criteria" the criteria say only "TBD"/,
        },
      ],
    },
    {
      name: '"Nil" under the exclusion heading: an info',
      yaml: criteria('* Healthy adults under age 60', 'Nil'),
      errors: [
        {
          pointer: '/eligibilityModule/eligibilityCriteria',
          severity: 'info',
          message:
            'Under "Exclusion Criteria" the criteria say only "Nil": if the study truly has no exclusion criteria, say so in words (e.g. "There are no exclusion criteria beyond the inclusion criteria."), otherwise list them.',
        },
      ],
    },
    {
      name: 'an empty inclusion heading',
      yaml: 'eligibilityModule:\n  eligibilityCriteria: |-\n    Inclusion Criteria:\n\n    Exclusion Criteria:\n\n    * Pregnancy\n',
      errors: [{ pointer: '/eligibilityModule/eligibilityCriteria', message: /say nothing:/ }],
    },
  ],
});
