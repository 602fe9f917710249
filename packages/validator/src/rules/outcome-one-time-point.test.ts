import { testRule } from '../testing/rule-tester.js';
import rule from './outcome-one-time-point.js';

const primary = (timeFrame: string, measure = 'Change in HbA1c'): string =>
  `outcomesModule:\n  primaryOutcomes:\n    - measure: ${measure}\n      timeFrame: ${timeFrame}\n`;

testRule(rule, {
  valid: [
    {
      name: 'a schedule of assessments within a window, for a time-to-event measure',
      yaml: 'outcomesModule:\n  primaryOutcomes:\n    - measure: Overall survival\n      timeFrame: Assessed every 3 months, up to 5 years\n    - measure: Time to relapse\n      timeFrame: Every 6 months\n',
    },
    { name: 'one time point', yaml: primary('Week 12') },
    { name: 'change between two time points', yaml: primary('Baseline and week 12') },
    { name: 'a window', yaml: primary('From randomization up to 5 years') },
    { name: 'ranges are windows', yaml: primary('"0-6 months, 6-12 months and 12-24 months"') },
    {
      name: 'hyphenated ranges are windows too',
      yaml: primary('"0-6-months, 6-12-months and 12-24-months"'),
    },
    { name: 'one hyphenated duration', yaml: primary('24-hours after surgery') },
    { name: 'a change between two hyphenated time points', yaml: primary('Baseline and 12-weeks') },
    {
      name: 'hyphenated pharmacokinetic sampling times',
      yaml: primary('"1-hour, 2-hours, 4-hours and 8-hours post-dose"', 'Plasma concentration of drug X'),
    },
    { name: 'numbers without a unit', yaml: primary('"1, 2 and 3"') },
    {
      name: 'pharmacokinetic sampling times',
      yaml: primary('"0, 1, 2, 4 and 8 hours post-dose"', 'Area under the curve (AUC) of drug X'),
    },
    {
      name: 'secondary outcomes may list several time points',
      yaml: 'outcomesModule:\n  secondaryOutcomes:\n    - measure: Weight\n      timeFrame: Week 4, 8 and 12\n',
    },
    {
      name: 'draft without a time frame',
      yaml: 'outcomesModule:\n  primaryOutcomes:\n    - measure: Weight\n',
    },
    { name: 'no outcomes', yaml: 'outcomesModule: {}\n' },
  ],
  invalid: [
    {
      name: 'a schedule instead of a time point (NCT00973089)',
      yaml: 'outcomesModule:\n  primaryOutcomes:\n    - measure: The success of the alternative treatment of the deep carious lesion.\n      timeFrame: Half annually for three years\n',
      errors: [
        {
          pointer: '/outcomesModule/primaryOutcomes/0/timeFrame',
          message:
            'Primary Outcome Measure Time Frame (outcomesModule.primaryOutcomes[0].timeFrame) of "The success of the alternative treatment of the deep..." is a schedule ("Half annually"), not a time point: a primary outcome is assessed at one time point, or two when it is the change between them; name the time point the outcome is measured at (e.g. "3 years after treatment"), and move the other assessments to Secondary Outcome Measure (outcomesModule.secondaryOutcomes).',
          line: 4,
          column: 18,
        },
      ],
    },
    {
      name: 'times of day',
      yaml: 'outcomesModule:\n  primaryOutcomes:\n    - measure: Blood glucose\n      timeFrame: Day 7 at 9AM, 1PM and 5PM\n',
      errors: [
        {
          pointer: '/outcomesModule/primaryOutcomes/0/timeFrame',
          message: /lists 3 times of day \("9AM", "1PM", "5PM"\)/,
        },
      ],
    },
    {
      name: 'weeks listed after one unit',
      yaml: primary('Week 4, 8 and 12'),
      errors: [
        {
          pointer: '/outcomesModule/primaryOutcomes/0/timeFrame',
          message:
            'Primary Outcome Measure Time Frame (outcomesModule.primaryOutcomes[0].timeFrame) of "Change in HbA1c" lists 3 time points ("Week 4", "8", "12"): a primary outcome is assessed at one time point, or two when it is the change between them; split it into one outcome per time point, or keep the main one and move the others to Secondary Outcome Measure (outcomesModule.secondaryOutcomes).',
          line: 4,
          column: 18,
        },
      ],
    },
    {
      name: 'each day named',
      yaml: primary('Day 1, Day 7, Day 14 and Day 28'),
      errors: [
        {
          pointer: '/outcomesModule/primaryOutcomes/0/timeFrame',
          message: /lists 4 time points \("Day 1", "Day 7", "Day 14", "Day 28"\)/,
        },
      ],
    },
    {
      name: 'baseline and months',
      yaml: primary('Baseline, 3, 6 and 12 months'),
      errors: [{ pointer: '/outcomesModule/primaryOutcomes/0/timeFrame', message: /lists 4 time points/ }],
    },
    {
      name: 'hours written with hyphens (NCT06714279)',
      yaml: primary(
        '1-hour, 3-hours, 6-hours, 12-hours and 24-hours',
        'Post operative pain measured via Visual Anaolgue Scores',
      ),
      errors: [
        {
          pointer: '/outcomesModule/primaryOutcomes/0/timeFrame',
          message:
            'Primary Outcome Measure Time Frame (outcomesModule.primaryOutcomes[0].timeFrame) of "Post operative pain measured via Visual Anaolgue Scores" lists 5 time points ("1-hour", "3-hours", "6-hours", "12-hours", "24-hours"): a primary outcome is assessed at one time point, or two when it is the change between them; split it into one outcome per time point, or keep the main one and move the others to Secondary Outcome Measure (outcomesModule.secondaryOutcomes).',
          line: 4,
          column: 18,
        },
      ],
    },
    {
      name: 'mixed units, second outcome',
      yaml: `outcomesModule:\n  primaryOutcomes:\n    - measure: Pain\n      timeFrame: Week 2\n    - measure: Quality of life\n      timeFrame: 6 weeks, 3 months, and 1 year\n`,
      errors: [{ pointer: '/outcomesModule/primaryOutcomes/1/timeFrame', line: 6, column: 18 }],
    },
  ],
});
