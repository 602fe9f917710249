import { testRule } from '../testing/rule-tester.js';
import rule from './outcome-fields-required.js';

testRule(rule, {
  valid: [
    {
      name: 'complete outcomes of every kind',
      yaml: `outcomesModule:
  primaryOutcomes:
    - measure: Change in HbA1c
      timeFrame: Baseline and week 12
  secondaryOutcomes:
    - measure: Body weight
      timeFrame: Week 12
  otherOutcomes:
    - measure: Adherence
      description: Pill count.
      timeFrame: Up to 12 weeks
`,
    },
    { name: 'no outcomes yet', yaml: 'outcomesModule: {}\n' },
    { name: 'a draft with other modules only', yaml: 'designModule:\n  studyType: INTERVENTIONAL\n' },
  ],
  invalid: [
    {
      name: 'a primary outcome without a time frame',
      yaml: 'outcomesModule:\n  primaryOutcomes:\n    - measure: Change in HbA1c\n',
      errors: [
        {
          pointer: '/outcomesModule/primaryOutcomes/0',
          message:
            'Primary outcome "Change in HbA1c" has no Primary Outcome Measure Time Frame: give when it is assessed in timeFrame (e.g. "Baseline and week 12" or "Up to 24 months").',
          line: 3,
          column: 7,
        },
      ],
    },
    {
      name: 'a secondary outcome with only a description, and a blank time frame of an other outcome',
      yaml: `outcomesModule:
  secondaryOutcomes:
    - description: Measured with a scale.
  otherOutcomes:
    - measure: Adherence
      timeFrame: " "
`,
      errors: [
        {
          pointer: '/outcomesModule/secondaryOutcomes/0',
          message:
            'Secondary Outcome Measure (outcomesModule.secondaryOutcomes[0]) has no Secondary Outcome Measure Title or Secondary Outcome Measure Time Frame: give a specific title in measure (what is measured, e.g. "Change in HbA1c") and when it is assessed in timeFrame (e.g. "Baseline and week 12" or "Up to 24 months").',
        },
        {
          pointer: '/outcomesModule/otherOutcomes/0/timeFrame',
          message: /^Other outcome "Adherence" has no Other Pre-specified Outcome Measure Time Frame:/,
          line: 6,
          column: 18,
        },
      ],
    },
    {
      name: 'a blank measure',
      yaml: 'outcomesModule:\n  primaryOutcomes:\n    - measure: ""\n      timeFrame: Week 4\n',
      errors: [
        {
          pointer: '/outcomesModule/primaryOutcomes/0/measure',
          message:
            /^Primary Outcome Measure \(outcomesModule\.primaryOutcomes\[0\]\) has no Primary Outcome Measure Title: give a specific title/,
        },
      ],
    },
  ],
});
