import { testRule } from '../testing/rule-tester.js';
import rule from './gender-description-required.js';

testRule(rule, {
  valid: [
    {
      name: 'gender-based with a description',
      yaml: 'eligibilityModule:\n  sex: FEMALE\n  genderBased: true\n  genderDescription: Participants who self-identify as women.\n',
    },
    { name: 'not gender-based', yaml: 'eligibilityModule:\n  sex: ALL\n  genderBased: false\n' },
    { name: 'not answered', yaml: 'eligibilityModule:\n  sex: ALL\n' },
  ],
  invalid: [
    {
      name: 'gender-based without a description: at genderBased',
      yaml: 'eligibilityModule:\n  sex: FEMALE\n  genderBased: true\n',
      errors: [
        {
          pointer: '/eligibilityModule/genderBased',
          message:
            'Gender Based (eligibilityModule.genderBased) is true: describe the gender-based eligibility (e.g. who counts as eligible and how gender identity is determined) in Gender Eligibility Description (eligibilityModule.genderDescription).',
          line: 3,
          column: 16,
        },
      ],
    },
    {
      name: 'a blank description: at the description',
      yaml: 'eligibilityModule:\n  genderBased: true\n  genderDescription: "   "\n',
      errors: [{ pointer: '/eligibilityModule/genderDescription', line: 3, column: 22 }],
    },
  ],
});
