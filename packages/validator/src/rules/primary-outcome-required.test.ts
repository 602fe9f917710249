import { testRule } from '../testing/rule-tester.js';
import rule from './primary-outcome-required.js';

testRule(rule, {
  valid: [
    {
      name: 'a primary outcome',
      yaml: 'designModule:\n  studyType: INTERVENTIONAL\noutcomesModule:\n  primaryOutcomes:\n    - measure: Change in HbA1c\n      timeFrame: Baseline and week 12\n',
    },
    {
      name: 'an expanded-access record has no outcomes',
      yaml: 'designModule:\n  studyType: EXPANDED_ACCESS\n',
    },
    {
      name: 'a draft without a study type',
      yaml: 'outcomesModule:\n  secondaryOutcomes:\n    - measure: Weight\n',
    },
  ],
  invalid: [
    {
      name: 'no outcomes module: at the study type',
      yaml: 'designModule:\n  studyType: OBSERVATIONAL\n',
      errors: [
        {
          pointer: '/designModule/studyType',
          message:
            'An observational study needs at least one primary outcome: add an entry to Primary Outcome Measure (outcomesModule.primaryOutcomes) with its title in measure and its time frame in timeFrame.',
          line: 2,
          column: 14,
        },
      ],
    },
    {
      name: 'secondary outcomes only: at the outcomes module',
      yaml: 'designModule:\n  studyType: INTERVENTIONAL\noutcomesModule:\n  secondaryOutcomes:\n    - measure: Weight\n      timeFrame: Week 12\n',
      errors: [
        {
          pointer: '/outcomesModule',
          message: /^An interventional study needs at least one primary outcome/,
          line: 3,
          column: 1,
        },
      ],
    },
    {
      name: 'an empty primary list',
      yaml: 'designModule:\n  studyType: INTERVENTIONAL\noutcomesModule:\n  primaryOutcomes: []\n',
      errors: [{ pointer: '/outcomesModule/primaryOutcomes', line: 4, column: 3 }],
    },
  ],
});
