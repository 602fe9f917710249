import { testRule } from '../testing/rule-tester.js';
import rule from './eligibility-criteria-structure.js';

const file = (criteria: string): string =>
  `eligibilityModule:\n  eligibilityCriteria: |-\n${criteria
    .split('\n')
    .map((line) => (line ? `    ${line}` : ''))
    .join('\n')}\n  sex: ALL\n`;

testRule(rule, {
  valid: [
    {
      name: 'both headings',
      yaml: file('Inclusion Criteria:\n\n* Adults\n\nExclusion Criteria:\n\n* Pregnancy'),
    },
    {
      name: 'key criteria in bold',
      yaml: file('**Key Inclusion Criteria**\n\n* Adults\n\n**Key Exclusion Criteria**\n\n* None'),
    },
    {
      name: 'lower-case headings',
      yaml: file('inclusion criteria:\n- adults\nexclusion criteria:\n- pregnancy'),
    },
    { name: 'no criteria yet (a draft)', yaml: 'eligibilityModule:\n  sex: ALL\n' },
    {
      // The preview splits the criteria at the same headings (core's one reader): what it shows as two lists
      // is never reported as missing them.
      name: 'headings the preview splits at: principal, additional, quoted',
      yaml: file('> Principal inclusion criteria\n\n* Adults\n\n## Additional Exclusion Criteria:\n\n* None'),
    },
  ],
  invalid: [
    {
      name: 'no exclusion heading',
      yaml: file('Inclusion Criteria:\n\n1. Male participants'),
      errors: [
        {
          pointer: '/eligibilityModule/eligibilityCriteria',
          message:
            'Eligibility Criteria (eligibilityModule.eligibilityCriteria) has no "Exclusion Criteria:" heading: write the criteria as an "Inclusion Criteria:" list followed by an "Exclusion Criteria:" list, as the registry expects.',
          line: 2,
          column: 24,
        },
      ],
    },
    {
      name: 'plain prose without headings',
      yaml: 'eligibilityModule:\n  eligibilityCriteria: Adults with asthma who do not smoke.\n',
      errors: [
        {
          pointer: '/eligibilityModule/eligibilityCriteria',
          message:
            /^Eligibility Criteria \(eligibilityModule\.eligibilityCriteria\) has no "Inclusion Criteria:" and "Exclusion Criteria:" headings:/,
        },
      ],
    },
    {
      name: 'a mention inside a sentence is no heading',
      yaml: file('Inclusion Criteria:\n\n* Adults\n* Meets none of the exclusion criteria'),
      errors: [{ pointer: '/eligibilityModule/eligibilityCriteria' }],
    },
  ],
});
