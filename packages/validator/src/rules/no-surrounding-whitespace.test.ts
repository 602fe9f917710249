import { testRule } from '../testing/rule-tester.js';
import rule from './no-surrounding-whitespace.js';

testRule(rule, {
  valid: [
    { name: 'clean values', yaml: 'identificationModule:\n  briefTitle: A study\n' },
    {
      name: 'a literal block with its final line break',
      yaml: 'descriptionModule:\n  briefSummary: |\n    Line one.\n    Line two.\n',
    },
    { name: "blank values are another rule's business", yaml: 'statusModule:\n  whyStopped: " "\n' },
  ],
  invalid: [
    {
      name: 'quoted value with spaces, fixed in place keeping the comment',
      yaml: 'identificationModule:\n  briefTitle: "  A study " # working title\n',
      errors: [
        {
          pointer: '/identificationModule/briefTitle',
          message:
            'Brief Title (identificationModule.briefTitle) starts or ends with blank space, which the registry trims or shows as is; remove it.',
          line: 2,
          column: 15,
        },
      ],
      output: 'identificationModule:\n  briefTitle: A study # working title\n',
    },
    {
      name: 'block with leading blank lines and trailing spaces',
      yaml: 'descriptionModule:\n  briefSummary: |\n\n    Text.  \n',
      errors: [{ pointer: '/descriptionModule/briefSummary' }],
      output: 'descriptionModule:\n  briefSummary: |\n    Text.\n',
    },
    {
      name: 'list items',
      yaml: 'conditionsModule:\n  conditions:\n    - "Asthma "\n    - COPD\n',
      errors: [
        {
          pointer: '/conditionsModule/conditions/0',
          message: /^Conditions or Focus of Study \(conditionsModule\.conditions\[0\]\) starts/,
        },
      ],
      output: 'conditionsModule:\n  conditions:\n    - Asthma\n    - COPD\n',
    },
  ],
});
