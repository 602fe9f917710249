import { testRule } from '../testing/rule-tester.js';
import rule from './outcome-time-frame-specific.js';

const outcomes = (...timeFrames: string[]) =>
  `outcomesModule:\n  primaryOutcomes:\n${timeFrames.map((timeFrame, i) => `    - measure: Measure ${i + 1}\n      timeFrame: ${timeFrame}\n`).join('')}`;

testRule(rule, {
  valid: [
    {
      name: 'a time frame that starts with a count of weeks',
      yaml: 'outcomesModule:\n  primaryOutcomes:\n    - measure: HbA1c\n      timeFrame: Change from baseline to week 12\n',
    },
    {
      name: 'specific time frames',
      yaml: outcomes(
        'Week 12',
        'Baseline and 6 months after surgery',
        'Up to 24 months',
        '"Through study completion, an average of 1 year"',
        '2 year/end of study',
        'Visit 1 (Day 0)',
        'From randomization to death from any cause, assessed up to 5 years',
        '12 weeks post-randomization',
        'Baseline (single timepoint only)',
      ),
    },
    {
      name: 'draft outcome without a time frame',
      yaml: 'outcomesModule:\n  primaryOutcomes:\n    - measure: Pain\n',
    },
  ],
  invalid: [
    {
      name: 'a definition instead of a time (NCT02299791)',
      yaml: 'outcomesModule:\n  primaryOutcomes:\n    - measure: Patients Indicated for ACE/ARB and Statin Who Had an Active Prescription for Both\n      timeFrame: Percent of clinic patients prescribed guideline-concordant cardioprotective medications, as of the 1st day of each month, from up to 36 months\n',
      errors: [
        {
          pointer: '/outcomesModule/primaryOutcomes/0/timeFrame',
          message:
            'Primary Outcome Measure Time Frame (outcomesModule.primaryOutcomes[0].timeFrame) defines the measure instead of saying when it is taken ("Percent of clinic patients prescribed guideline-concordant cardioprotective m..."): move the definition to the Primary Outcome Measure Description and give the time here, e.g. "Week 12", "Baseline and 6 months after surgery" or "Through study completion, an average of 1 year".',
        },
      ],
    },
    {
      name: 'end of study',
      yaml: outcomes('End of study'),
      errors: [
        {
          pointer: '/outcomesModule/primaryOutcomes/0/timeFrame',
          message:
            'Primary Outcome Measure Time Frame (outcomesModule.primaryOutcomes[0].timeFrame) "End of study" does not say when the measure is taken: give the time points or the window from a reference point, e.g. "Week 12", "Baseline and 6 months after surgery" or "Through study completion, an average of 1 year".',
          line: 4,
          column: 18,
        },
      ],
    },
    {
      name: 'other vague time frames',
      yaml: outcomes(
        'Visit 1',
        'Baseline and post-intervention',
        'During hospitalization',
        'Through study completion',
        'Study completion',
      ),
      errors: [
        {
          pointer: '/outcomesModule/primaryOutcomes/0/timeFrame',
          message:
            /^Primary Outcome Measure Time Frame \(outcomesModule\.primaryOutcomes\[0\]\.timeFrame\) "Visit 1" does not say/,
        },
        { pointer: '/outcomesModule/primaryOutcomes/1/timeFrame' },
        { pointer: '/outcomesModule/primaryOutcomes/2/timeFrame' },
        { pointer: '/outcomesModule/primaryOutcomes/3/timeFrame' },
        { pointer: '/outcomesModule/primaryOutcomes/4/timeFrame' },
      ],
    },
    {
      name: 'a number without a unit',
      yaml: 'outcomesModule:\n  secondaryOutcomes:\n    - measure: Weight\n      timeFrame: "6"\n',
      errors: [
        {
          pointer: '/outcomesModule/secondaryOutcomes/0/timeFrame',
          message:
            'Secondary Outcome Measure Time Frame (outcomesModule.secondaryOutcomes[0].timeFrame) is "6", a number without a unit: say what it counts, e.g. "6 weeks" or "Week 6".',
        },
      ],
    },
  ],
});
