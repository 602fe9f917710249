import { testRule } from '../testing/rule-tester.js';
import rule from './age-range-order.js';

const file = (min: string, max: string): string =>
  `eligibilityModule:\n  minimumAge: ${min}\n  maximumAge: ${max}\n`;

testRule(rule, {
  valid: [
    { name: 'adults', yaml: file('18 Years', '65 Years') },
    { name: 'equal ages', yaml: file('18 Years', '18 Years') },
    { name: 'different units', yaml: file('6 Months', '2 Years') },
    { name: '12 months equal one year', yaml: file('12 Months', '1 Year') },
    { name: 'minimum only', yaml: 'eligibilityModule:\n  minimumAge: 18 Years\n' },
    { name: 'no ages (no limit)', yaml: 'eligibilityModule:\n  sex: ALL\n' },
  ],
  invalid: [
    {
      name: 'swapped ages',
      yaml: file('65 Years', '18 Years'),
      errors: [
        {
          pointer: '/eligibilityModule/minimumAge',
          message:
            'Minimum Age (eligibilityModule.minimumAge) "65 Years" is above Maximum Age (eligibilityModule.maximumAge) "18 Years": swap them or correct one of them.',
          line: 2,
          column: 15,
        },
      ],
    },
    {
      name: 'months above years',
      yaml: file('30 Months', '2 Years'),
      errors: [{ pointer: '/eligibilityModule/minimumAge' }],
    },
    {
      name: 'weeks above days',
      yaml: file('2 Weeks', '10 Days'),
      errors: [{ pointer: '/eligibilityModule/minimumAge' }],
    },
  ],
});
