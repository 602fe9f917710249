import { testRule } from '../testing/rule-tester.js';
import rule from './eligibility-text-matches-sex.js';

/** Inclusion criteria as a bulleted list (with an exclusion part that must not count) and the sex field. */
const file = (sex: string, ...inclusion: string[]): string =>
  `eligibilityModule:\n  eligibilityCriteria: |-\n    Inclusion Criteria:\n\n${inclusion
    .map((line) => `    * ${line}\n`)
    .join('')}\n    Exclusion Criteria:\n\n    * Pregnant or breastfeeding women\n  sex: ${sex}\n`;

testRule(rule, {
  valid: [
    {
      name: 'women only and FEMALE',
      yaml: file('FEMALE', 'Women aged 18-45 years', 'Polycystic ovary syndrome'),
    },
    {
      name: 'men only and MALE',
      yaml: file('MALE', 'Healthy men between 40 and 75 years', 'Prostate volume > 30 mL'),
    },
    { name: 'both sexes named', yaml: file('ALL', 'Male or female patients aged 18-70') },
    { name: 'no statement about sex', yaml: file('ALL', 'Age ≥ 18 years', 'Asthma') },
    {
      name: 'a condition on women is no restriction',
      yaml: file('ALL', 'Women of childbearing potential must use contraception'),
    },
    {
      name: 'pregnant women admitted among others',
      yaml: file('ALL', 'Adults with influenza', 'Pregnant or breastfeeding women are eligible'),
    },
    { name: 'excluded pregnant women restrict nothing', yaml: file('ALL', 'Pregnant women are excluded') },
    { name: 'a bare "Male participants…" is too vague', yaml: file('ALL', 'Male participants...') },
    { name: 'one criterion for each sex', yaml: file('ALL', 'Women aged 18-45 or men aged 18-60 years') },
    {
      name: 'a condition on both sexes is no population statement',
      yaml: file(
        'MALE',
        'Men aged 18-45 years',
        'Males and females of reproductive potential must agree to use contraception',
      ),
    },
    {
      name: 'both sexes named, but not as the ones admitted',
      yaml: file('FEMALE', 'Women aged 18-45 years', 'Male or female partner with infertility for 12 months'),
    },
    {
      name: 'both sexes in a criterion that turns them away',
      yaml: file('MALE', 'Men aged 18-70 years', 'Male or female patients aged over 70 are not eligible'),
    },
    { name: 'no sex yet', yaml: 'eligibilityModule:\n  eligibilityCriteria: Women aged 18-45 years\n' },
    { name: 'no criteria yet', yaml: 'eligibilityModule:\n  sex: MALE\n' },
  ],
  invalid: [
    {
      name: 'women only but ALL',
      yaml: file('ALL', 'Women aged 18-45 years', 'Polycystic ovary syndrome'),
      errors: [
        {
          pointer: '/eligibilityModule/sex',
          message:
            'Eligibility Criteria (eligibilityModule.eligibilityCriteria) admits only women ("Women aged 18-45 years"), but Sex/Gender (eligibilityModule.sex) is All (ALL): set Sex/Gender to Female (FEMALE), or correct the criteria text.',
          line: 11,
          column: 8,
        },
      ],
    },
    {
      name: 'female patients only but MALE',
      yaml: file('MALE', 'Female patients only'),
      errors: [
        {
          pointer: '/eligibilityModule/sex',
          message:
            /^Eligibility Criteria \(eligibilityModule\.eligibilityCriteria\) admits only women \("Female patients only"\), but Sex\/Gender \(eligibilityModule\.sex\) is Male \(MALE\): set Sex\/Gender to Female \(FEMALE\),/,
        },
      ],
    },
    {
      name: 'men only but ALL',
      yaml: file('ALL', 'Healthy male volunteers aged 18-45'),
      errors: [
        {
          pointer: '/eligibilityModule/sex',
          message: /admits only men .* set Sex\/Gender to Male \(MALE\),/,
        },
      ],
    },
    {
      name: 'pregnant women admitted but MALE',
      yaml: file('MALE', 'Adults with influenza', 'Pregnant or breastfeeding women are eligible'),
      errors: [
        {
          pointer: '/eligibilityModule/sex',
          message:
            'Sex/Gender (eligibilityModule.sex) is Male (MALE), but Eligibility Criteria (eligibilityModule.eligibilityCriteria) admits women ("Pregnant or breastfeeding women are eligible"): set Sex/Gender to All (ALL), or correct the criteria text.',
        },
      ],
    },
    {
      name: 'male or female patients but MALE (seeded on NCT05143125)',
      yaml: file('MALE', 'Male or female patients aged 18-70 (including 18 and 70 years old)'),
      errors: [
        {
          pointer: '/eligibilityModule/sex',
          message:
            'Sex/Gender (eligibilityModule.sex) is Male (MALE), but Eligibility Criteria (eligibilityModule.eligibilityCriteria) admits women ("Male or female patients aged 18-70 (including 18 and 70 years old)"): set Sex/Gender to All (ALL), or correct the criteria text.',
        },
      ],
    },
    {
      name: 'male or female with a comma before the age (NCT04207047) but MALE',
      yaml: file('MALE', 'Male or female, age 18 years and older', 'Subject in good health'),
      errors: [
        {
          pointer: '/eligibilityModule/sex',
          message: /admits women \("Male or female, age 18 years and older"\)/,
        },
      ],
    },
    {
      name: 'healthy men and women but FEMALE',
      yaml: file('FEMALE', 'Healthy men and women between 40 and 75 years', 'BMI 18-30'),
      errors: [
        {
          pointer: '/eligibilityModule/sex',
          message:
            /is Female \(FEMALE\), but .* admits men \("Healthy men and women between 40 and 75 years"\): set Sex\/Gender to All \(ALL\),/,
        },
      ],
    },
    {
      name: 'pregnant women as the population but ALL',
      yaml: file('ALL', 'Pregnant women with gestational diabetes'),
      errors: [
        {
          pointer: '/eligibilityModule/sex',
          message: /admits only women \("Pregnant women with gestational diabetes"\)/,
        },
      ],
    },
  ],
});
