import { testRule } from '../testing/rule-tester.js';
import rule from './conditions-required.js';

testRule(rule, {
  valid: [
    { name: 'one condition', yaml: 'conditionsModule:\n  conditions:\n    - Liver Cancer\n' },
    {
      name: 'a blank entry next to a real one',
      yaml: 'conditionsModule:\n  conditions:\n    - ""\n    - Asthma\n',
    },
  ],
  invalid: [
    {
      name: 'keywords only',
      yaml: 'conditionsModule:\n  keywords:\n    - probiotics\n',
      errors: [
        {
          pointer: '/conditionsModule',
          message:
            'Conditions or Focus of Study (conditionsModule.conditions) is missing: name at least one disease, disorder or other focus of the study, preferably as a MeSH term.',
          line: 1,
          column: 1,
        },
      ],
    },
    {
      name: 'empty list',
      yaml: 'conditionsModule:\n  conditions: []\n',
      errors: [
        {
          pointer: '/conditionsModule/conditions',
          message:
            /^Conditions or Focus of Study \(conditionsModule\.conditions\) is empty: name at least one/,
          line: 2,
          column: 3,
        },
      ],
    },
    {
      name: 'only blank entries',
      yaml: 'conditionsModule:\n  conditions:\n    - " "\n',
      errors: [
        {
          pointer: '/conditionsModule/conditions',
          message: /^Conditions or Focus of Study \(conditionsModule\.conditions\) has only blank entries:/,
        },
      ],
    },
    {
      name: 'no conditions module',
      yaml: 'designModule:\n  studyType: OBSERVATIONAL\n',
      errors: [{ pointer: '' }],
    },
  ],
});
