import { testRule } from '../testing/rule-tester.js';
import rule from './brief-summary-required.js';

testRule(rule, {
  valid: [
    {
      name: 'summary given',
      yaml: 'descriptionModule:\n  briefSummary: |-\n    This study tests whether vitamin D prevents falls in older adults.\n',
    },
    {
      name: 'markup with escapes',
      yaml: 'descriptionModule:\n  briefSummary: Doses \\> 10 mg are compared.\n',
    },
  ],
  invalid: [
    {
      name: 'only a detailed description',
      yaml: 'descriptionModule:\n  detailedDescription: A long description.\n',
      errors: [
        {
          pointer: '/descriptionModule',
          message:
            "Brief Summary (descriptionModule.briefSummary) is missing: describe the study's purpose and hypothesis in plain language (up to 5000 characters).",
          line: 1,
          column: 1,
        },
      ],
    },
    {
      name: 'blank block scalar',
      yaml: 'descriptionModule:\n  briefSummary: |\n    \n  detailedDescription: More.\n',
      errors: [
        {
          pointer: '/descriptionModule/briefSummary',
          message: /^Brief Summary \(descriptionModule\.briefSummary\) is blank:/,
        },
      ],
    },
    {
      name: 'no description module',
      yaml: 'identificationModule:\n  briefTitle: X\n',
      errors: [{ pointer: '' }],
    },
  ],
});
