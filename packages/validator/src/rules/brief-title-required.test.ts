import { testRule } from '../testing/rule-tester.js';
import rule from './brief-title-required.js';

testRule(rule, {
  valid: [
    { name: 'brief title given', yaml: 'identificationModule:\n  briefTitle: Vitamin D in Older Adults\n' },
    {
      name: 'block scalar title',
      yaml: 'identificationModule:\n  briefTitle: >-\n    Vitamin D in\n    Older Adults\n',
    },
  ],
  invalid: [
    {
      name: 'draft with only an official title',
      yaml: 'identificationModule:\n  officialTitle: A Randomized Trial of Vitamin D\n',
      errors: [
        {
          pointer: '/identificationModule',
          message:
            'Brief Title (identificationModule.briefTitle) is missing: write a short title in plain language that says what is studied and in whom (up to 300 characters).',
          line: 1,
          column: 1,
        },
      ],
    },
    {
      name: 'empty title',
      yaml: 'identificationModule:\n  briefTitle: ""\n',
      errors: [
        {
          pointer: '/identificationModule/briefTitle',
          message: /^Brief Title \(identificationModule\.briefTitle\) is blank: write a short title/,
          line: 2,
          column: 15,
        },
      ],
    },
    {
      name: 'no identification module',
      yaml: 'designModule:\n  studyType: INTERVENTIONAL\n',
      errors: [{ pointer: '' }],
    },
  ],
});
