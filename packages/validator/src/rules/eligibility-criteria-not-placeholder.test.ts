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
    {
      name: 'not meeting the inclusion criteria, among real exclusion criteria',
      yaml: criteria(
        '* Adults indicated to undergo elective laparoscopic cholecystectomy',
        '* Patients failing to meet the above inclusion criteria\n    * Allergy to local anaesthetics',
      ),
    },
    {
      name: 'an exclusion criterion that mentions the inclusion criteria but excludes someone',
      yaml: criteria('* Adults with asthma', '* Patients who meet the inclusion criteria but are pregnant'),
    },
    {
      name: 'the inclusion heading may refer to the inclusion criteria: only the exclusion heading is judged',
      yaml: criteria('* Patients not meeting the inclusion criteria of the parent study', '* Pregnancy'),
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
            'Eligibility Criteria (eligibilityModule.eligibilityCriteria): under "Inclusion Criteria" the criteria say only "N/A": the registry returns criteria that are placeholders as missing; list the criteria that decide who may take part.',
          line: 2,
          column: 24,
        },
        {
          pointer: '/eligibilityModule/eligibilityCriteria',
          message:
            /^Eligibility Criteria \(eligibilityModule\.eligibilityCriteria\): under "Exclusion Criteria" the criteria say only "TBD"/,
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
            'Eligibility Criteria (eligibilityModule.eligibilityCriteria): under "Exclusion Criteria" the criteria say only "Nil": if the study truly has no exclusion criteria, say so in words (e.g. "There are no exclusion criteria beyond the inclusion criteria."), otherwise list them.',
        },
      ],
    },
    {
      name: '"Nil." with a full stop under the exclusion heading: the same info as "Nil"',
      yaml: criteria('* Healthy adults under age 60', 'Nil.'),
      errors: [
        {
          pointer: '/eligibilityModule/eligibilityCriteria',
          severity: 'info',
          message:
            /under "Exclusion Criteria" the criteria say only "Nil\.": if the study truly has no exclusion criteria/,
        },
      ],
    },
    {
      name: '"N/A." under the inclusion heading stays a warning',
      yaml: criteria('N/A.', '* Pregnancy'),
      errors: [
        {
          pointer: '/eligibilityModule/eligibilityCriteria',
          severity: 'warning',
          message: /under "Inclusion Criteria" the criteria say only "N\/A\.": the registry returns criteria/,
        },
      ],
    },
    {
      name: 'the exclusion criteria only turn the inclusion criteria around (NCT06714279)',
      yaml: criteria(
        '* Adult patients aged 18 years or older will be considered for recruitment into this study if they are indicated to undergo elective laparoscopic cholecystectomy',
        '* Patients failing to meet the above inclusion criteria.',
      ),
      errors: [
        {
          pointer: '/eligibilityModule/eligibilityCriteria',
          message:
            'Eligibility Criteria (eligibilityModule.eligibilityCriteria): under "Exclusion Criteria" the criteria only turn the inclusion criteria around ("Patients failing to meet the above inclusion criteria."), which excludes no one: list what keeps an otherwise eligible person out (e.g. allergy to a study drug, pregnancy, conditions that make taking part unsafe); if nothing does, say so in words ("There are no exclusion criteria.").',
          line: 2,
          column: 24,
        },
      ],
    },
    {
      name: 'other ways of saying the same',
      yaml: criteria('* Adults with asthma', 'Subjects who do not meet all of the inclusion criteria'),
      errors: [
        {
          pointer: '/eligibilityModule/eligibilityCriteria',
          message: /only turn the inclusion criteria around/,
        },
      ],
    },
    {
      name: 'not fulfilling the inclusion criteria listed above',
      yaml: criteria('* Adults with asthma', '- Not fulfilling the inclusion criteria listed above'),
      errors: [
        {
          pointer: '/eligibilityModule/eligibilityCriteria',
          message: /only turn the inclusion criteria around/,
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
