import { testRule } from '../testing/rule-tester.js';
import rule from './eligibility-text-matches-ages.js';

/** An eligibility module with the criteria as a literal block and the given age fields. */
const file = (criteria: string, ages = ''): string =>
  `eligibilityModule:\n  eligibilityCriteria: |-\n${criteria
    .split('\n')
    .map((line) => (line ? `    ${line}` : ''))
    .join('\n')}\n  sex: ALL\n${ages}`;

const criteria = (...inclusion: string[]): string =>
  `Inclusion Criteria:\n\n${inclusion.map((line) => `* ${line}`).join('\n')}\n\nExclusion Criteria:\n\n* Age > 80 years\n* Pregnancy`;

testRule(rule, {
  valid: [
    {
      name: 'range agrees',
      yaml: file(criteria('Aged 18-75 years', 'Asthma'), '  minimumAge: 18 Years\n  maximumAge: 75 Years\n'),
    },
    {
      name: '"18 to 65 years old" agrees',
      yaml: file(
        criteria('Men or women 18 to 65 years old'),
        '  minimumAge: 18 Years\n  maximumAge: 65 Years\n',
      ),
    },
    { name: '"≥ 18 years" with no maximum', yaml: file(criteria('≥ 18 years'), '  minimumAge: 18 Years\n') },
    {
      name: '"over 18" may be 18 or 19',
      yaml: file(criteria('Age over 18 years'), '  minimumAge: 19 Years\n'),
    },
    {
      name: '"under age 60" may be 59 or 60',
      yaml: file(criteria('Healthy adults under age 60'), '  minimumAge: 18 Years\n  maximumAge: 60 Years\n'),
    },
    {
      name: 'months against years',
      yaml: file(
        criteria('Children aged 6 months to 5 years'),
        '  minimumAge: 6 Months\n  maximumAge: 60 Months\n',
      ),
    },
    { name: 'escaped markup', yaml: file(criteria('Age \\>= 18 years'), '  minimumAge: 18 Years\n') },
    {
      name: 'no ages in the text',
      yaml: file(criteria('Karnofsky score ≥90', 'Life expectancy ≥ 12 weeks'), '  minimumAge: 18 Years\n'),
    },
    {
      name: 'ages of someone else',
      yaml: file(criteria('Parents of children aged 2-5 years'), '  minimumAge: 18 Years\n'),
    },
    {
      name: 'a condition on a subgroup',
      yaml: file(
        criteria('For adolescents under 18 years of age, parental consent'),
        '  minimumAge: 13 Years\n  maximumAge: 20 Years\n',
      ),
    },
    {
      name: 'ages in the exclusion criteria are not limits',
      yaml: file(criteria('Asthma'), '  minimumAge: 18 Years\n'),
    },
    {
      name: 'statements that disagree are not read',
      yaml: file(
        criteria('Aged 18-40 years (cohort A)', 'Aged 50-70 years (cohort B)'),
        '  minimumAge: 18 Years\n  maximumAge: 70 Years\n',
      ),
    },
    { name: 'no criteria yet', yaml: 'eligibilityModule:\n  minimumAge: 18 Years\n' },
  ],
  invalid: [
    {
      name: 'text range and fields disagree',
      yaml: file(
        criteria('Patients aged 18-75 years with asthma'),
        '  minimumAge: 21 Years\n  maximumAge: 65 Years\n',
      ),
      errors: [
        {
          pointer: '/eligibilityModule/minimumAge',
          message:
            'Minimum Age (eligibilityModule.minimumAge) is "21 Years", but Eligibility Criteria (eligibilityModule.eligibilityCriteria) says "aged 18-75 years": set Minimum Age to 18 Years, or correct the criteria text.',
          line: 12,
          column: 15,
        },
        {
          pointer: '/eligibilityModule/maximumAge',
          message:
            /^Maximum Age \(eligibilityModule\.maximumAge\) is "65 Years", but .* set Maximum Age to 75 Years,/,
        },
      ],
    },
    {
      name: '"Age 18-75" without age fields',
      yaml: file(criteria('Age 18-75', 'ECOG 0 points')),
      errors: [
        {
          pointer: '/eligibilityModule/eligibilityCriteria',
          message:
            'Eligibility Criteria (eligibilityModule.eligibilityCriteria) says "Age 18-75", but Minimum Age (eligibilityModule.minimumAge) and Maximum Age (eligibilityModule.maximumAge) are not set (no limit): add minimumAge: 18 Years and maximumAge: 75 Years, or correct the criteria text.',
          line: 2,
          column: 24,
        },
      ],
    },
    {
      name: '"between 18 and 70 years of age" with a different maximum',
      yaml: file(
        criteria('Adults between 18 and 70 years of age'),
        '  minimumAge: 18 Years\n  maximumAge: 80 Years\n',
      ),
      errors: [
        {
          pointer: '/eligibilityModule/maximumAge',
          message: /says "between 18 and 70 years of age": set Maximum Age to 70 Years,/,
        },
      ],
    },
    {
      name: '"age over 60" against a minimum of 18',
      yaml: file(criteria('Age over 60'), '  minimumAge: 18 Years\n'),
      errors: [
        { pointer: '/eligibilityModule/minimumAge', message: /set Minimum Age to 60 Years or 61 Years,/ },
      ],
    },
    {
      name: 'a stated maximum that the fields lack',
      yaml: file(criteria('Aged 18 years or older', 'Age ≤ 80 years'), '  minimumAge: 18 Years\n'),
      errors: [
        {
          pointer: '/eligibilityModule/eligibilityCriteria',
          message:
            'Eligibility Criteria (eligibilityModule.eligibilityCriteria) says "Age ≤ 80 years", but Maximum Age (eligibilityModule.maximumAge) is not set (no limit): add maximumAge: 80 Years, or correct the criteria text.',
        },
      ],
    },
  ],
});
