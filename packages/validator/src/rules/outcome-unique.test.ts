import { testRule } from '../testing/rule-tester.js';
import rule from './outcome-unique.js';

testRule(rule, {
  valid: [
    {
      name: 'same title at different times',
      yaml: 'outcomesModule:\n  primaryOutcomes:\n    - measure: MACE\n      timeFrame: 30 days\n    - measure: MACE\n      timeFrame: 1 year\n',
    },
    {
      name: 'different titles at the same time',
      yaml: 'outcomesModule:\n  primaryOutcomes:\n    - measure: Pain score\n      timeFrame: Week 6\n  secondaryOutcomes:\n    - measure: Sleep quality\n      timeFrame: Week 6\n',
    },
    {
      name: 'drafts without titles',
      yaml: 'outcomesModule:\n  primaryOutcomes:\n    - timeFrame: Week 6\n    - timeFrame: Week 6\n',
    },
  ],
  invalid: [
    {
      name: 'a secondary outcome repeating the primary',
      yaml: 'outcomesModule:\n  primaryOutcomes:\n    - measure: Pain score (VAS)\n      timeFrame: Week 6\n  secondaryOutcomes:\n    - measure: pain score (VAS)\n      timeFrame: "Week  6"\n',
      errors: [
        {
          pointer: '/outcomesModule/secondaryOutcomes/0/measure',
          message:
            'The Secondary Outcome Measure "pain score (VAS)" with time frame "Week  6" repeats Primary Outcome Measure (outcomesModule.primaryOutcomes[0]): remove the repetition, or make the titles or time frames say how the two differ.',
          line: 6,
          column: 16,
        },
      ],
    },
    {
      name: 'repeated within the other outcomes, without time frames',
      yaml: 'outcomesModule:\n  otherOutcomes:\n    - measure: Quality of life\n    - measure: Quality of life\n',
      errors: [
        {
          pointer: '/outcomesModule/otherOutcomes/1/measure',
          message:
            'The Other Pre-specified Outcome Measure "Quality of life" repeats Other Pre-specified Outcome Measure (outcomesModule.otherOutcomes[0]): remove the repetition, or make the titles or time frames say how the two differ.',
        },
      ],
    },
  ],
});
