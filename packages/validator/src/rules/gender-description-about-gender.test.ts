import { testRule } from '../testing/rule-tester.js';
import rule from './gender-description-about-gender.js';

const file = (description: string): string =>
  `eligibilityModule:\n  sex: FEMALE\n  genderBased: true\n  genderDescription: ${description}\n`;

testRule(rule, {
  valid: [
    { name: 'self-identified women', yaml: file('Participants who self-identify as women.') },
    { name: 'a condition only one sex has', yaml: file('Pregnant participants in the third trimester.') },
    { name: 'postmenopausal', yaml: file('Postmenopausal participants with osteoporosis.') },
    {
      name: 'not gender based',
      yaml: 'eligibilityModule:\n  sex: ALL\n  genderBased: false\n  genderDescription: Adults over 18.\n',
    },
  ],
  invalid: [
    {
      name: 'a description about the condition, not about gender',
      yaml: file('Adults with type 2 diabetes treated with metformin.'),
      errors: [
        {
          pointer: '/eligibilityModule/genderDescription',
          message:
            'Gender Based (eligibilityModule.genderBased) is true, but Gender Eligibility Description (eligibilityModule.genderDescription) says nothing about sex or gender: describe who is eligible by gender and how it is determined (e.g. self-identified gender), or set Gender Based to false if eligibility does not depend on it.',
          line: 4,
          column: 22,
        },
      ],
    },
    {
      name: 'a placeholder',
      yaml: file('See protocol'),
      errors: [{ pointer: '/eligibilityModule/genderDescription' }],
    },
  ],
});
