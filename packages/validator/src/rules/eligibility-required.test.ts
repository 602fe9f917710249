import { testRule } from '../testing/rule-tester.js';
import rule from './eligibility-required.js';

const complete = `designModule:
  studyType: INTERVENTIONAL
eligibilityModule:
  eligibilityCriteria: |
    Inclusion Criteria:

    * Adults with asthma
  healthyVolunteers: false
  sex: ALL
`;

testRule(rule, {
  valid: [
    {
      name: 'a complete interventional eligibility module',
      yaml: `${complete}  minimumAge: 18 Years\n  maximumAge: 65 Years\n`,
    },
    { name: 'absent ages mean no limit', yaml: complete },
    {
      name: 'an observational study need not answer healthyVolunteers',
      yaml: complete.replace('INTERVENTIONAL', 'OBSERVATIONAL').replace('  healthyVolunteers: false\n', ''),
    },
    {
      name: 'a draft without a study type need not answer healthyVolunteers',
      yaml: 'eligibilityModule:\n  eligibilityCriteria: Adults.\n  sex: FEMALE\n',
    },
  ],
  invalid: [
    {
      name: 'no eligibility module: one finding at the top of the file',
      yaml: 'designModule:\n  studyType: INTERVENTIONAL\n',
      errors: [
        {
          pointer: '',
          message:
            'The file has no Eligibility section (eligibilityModule): add one with Eligibility Criteria (eligibilityCriteria), Sex/Gender (sex) and Accepts Healthy Volunteers (healthyVolunteers).',
          line: 1,
          column: 1,
        },
      ],
    },
    {
      name: 'an observational study without the module',
      yaml: 'designModule:\n  studyType: OBSERVATIONAL\n',
      errors: [
        {
          pointer: '',
          message:
            'The file has no Eligibility section (eligibilityModule): add one with Eligibility Criteria (eligibilityCriteria) and Sex/Gender (sex).',
        },
      ],
    },
    {
      name: 'each missing answer at the module key',
      yaml: 'designModule:\n  studyType: INTERVENTIONAL\neligibilityModule:\n  minimumAge: 18 Years\n',
      errors: [
        {
          pointer: '/eligibilityModule',
          message:
            'Eligibility Criteria (eligibilityModule.eligibilityCriteria) is missing: list who may take part, under "Inclusion Criteria:" and "Exclusion Criteria:".',
          line: 3,
          column: 1,
        },
        {
          pointer: '/eligibilityModule',
          message:
            'Sex/Gender (eligibilityModule.sex) is missing: set it to All (ALL), Female (FEMALE) or Male (MALE) (the sexes that may take part).',
        },
        {
          pointer: '/eligibilityModule',
          message:
            'Accepts Healthy Volunteers (eligibilityModule.healthyVolunteers) is missing: an interventional study must say whether it accepts healthy volunteers (true or false).',
        },
      ],
    },
    {
      name: 'blank criteria',
      yaml: complete.replace(/eligibilityCriteria: \|\n.*\n\n.*\n/, 'eligibilityCriteria: ""\n'),
      errors: [
        {
          pointer: '/eligibilityModule/eligibilityCriteria',
          message: /^Eligibility Criteria \(eligibilityModule\.eligibilityCriteria\) is missing/,
          line: 4,
          column: 24,
        },
      ],
    },
  ],
});
