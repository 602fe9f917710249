import { testRule } from '../testing/rule-tester.js';
import rule from './standard-ages-match.js';

const file = (ages: string, stdAges: string): string => `eligibilityModule:\n${ages}  stdAges: ${stdAges}\n`;

testRule(rule, {
  valid: [
    { name: 'adults from 18, no maximum', yaml: file('  minimumAge: 18 Years\n', '[ADULT, OLDER_ADULT]') },
    { name: '18 to 64', yaml: file('  minimumAge: 18 Years\n  maximumAge: 64 Years\n', '[ADULT]') },
    { name: '12 to 24', yaml: file('  minimumAge: 12 Years\n  maximumAge: 24 Years\n', '[CHILD, ADULT]') },
    { name: 'children up to 17', yaml: file('  minimumAge: 5 Years\n  maximumAge: 17 Years\n', '[CHILD]') },
    { name: 'no ages at all: every group', yaml: file('', '[CHILD, ADULT, OLDER_ADULT]') },
    { name: 'months', yaml: file('  minimumAge: 6 Months\n  maximumAge: 216 Months\n', '[CHILD, ADULT]') },
    { name: 'order does not matter', yaml: file('  minimumAge: 65 Years\n', '[OLDER_ADULT]') },
    { name: 'no stdAges (the usual draft)', yaml: 'eligibilityModule:\n  minimumAge: 18 Years\n' },
  ],
  invalid: [
    {
      name: 'older adults missing',
      yaml: file('  minimumAge: 18 Years\n  maximumAge: 70 Years\n', '[ADULT]'),
      errors: [
        {
          pointer: '/eligibilityModule/stdAges',
          message:
            'Age Groups (eligibilityModule.stdAges) lists Adult (ADULT), but the Minimum Age and Maximum Age, 18 Years to 70 Years, cover Adult (ADULT) and Older Adult (OLDER_ADULT); remove stdAges (the registry derives it from the ages) or set it to [ADULT, OLDER_ADULT].',
          line: 4,
          column: 3,
        },
      ],
    },
    {
      name: 'a child group for adults only',
      yaml: file('  minimumAge: 18 Years\n', '\n    - CHILD\n    - ADULT\n    - OLDER_ADULT'),
      errors: [
        {
          pointer: '/eligibilityModule/stdAges',
          message:
            /^Age Groups \(eligibilityModule\.stdAges\) lists Child \(CHILD\), .* the Minimum Age and Maximum Age, 18 Years to no maximum, cover Adult \(ADULT\) and Older Adult \(OLDER_ADULT\);/,
        },
      ],
    },
  ],
});
