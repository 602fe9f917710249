import { testRule } from '../testing/rule-tester.js';
import rule from './outcome-description-present.js';

testRule(rule, {
  valid: [
    {
      name: 'placeholders on both sides are left to no-placeholder-text',
      yaml: 'outcomesModule:\n  primaryOutcomes:\n    - measure: TBD\n      description: TBD\n      timeFrame: Week 12\n',
    },
    {
      name: 'described primary outcome',
      yaml: 'outcomesModule:\n  primaryOutcomes:\n    - measure: Pain\n      description: Pain on a 0-10 numeric rating scale (higher is worse).\n      timeFrame: Week 4\n',
    },
    {
      name: 'secondary outcomes are not checked',
      yaml: 'outcomesModule:\n  secondaryOutcomes:\n    - measure: Pain\n      timeFrame: Week 4\n',
    },
    {
      name: 'draft without a measure',
      yaml: 'outcomesModule:\n  primaryOutcomes:\n    - timeFrame: Week 4\n',
    },
    {
      name: 'a description that starts like the title but says more',
      yaml: 'outcomesModule:\n  primaryOutcomes:\n    - measure: Pain\n      description: "(pain) on a 0-10 scale"\n',
    },
    {
      name: 'a description in another script',
      yaml: 'outcomesModule:\n  primaryOutcomes:\n    - measure: Douleur\n      description: Échelle de douleur\n',
    },
    { name: 'no outcomes', yaml: 'outcomesModule:\n  primaryOutcomes: []\n' },
    {
      name: 'self-defining measures: adverse events, pharmacokinetic parameters, survival',
      yaml: `outcomesModule:
  primaryOutcomes:
    - measure: Number of Participants With Treatment-Emergent Adverse Events (TEAEs)
      timeFrame: Up to 30 days after the last dose
    - measure: Number of participants with serious adverse events
      timeFrame: Up to 12 months
    - measure: Maximum Observed Plasma Concentration (Cmax) of Palbociclib
      timeFrame: Day 1 pre-dose and 1, 2, 4, 8 hours post-dose
    - measure: Tmax
      timeFrame: Day 1
    - measure: Area Under the Concentration-Time Curve From Time 0 to Infinity (AUCinf)
      timeFrame: Day 1 to Day 8
    - measure: Terminal half-life (t1/2)
      timeFrame: Day 1 to Day 8
    - measure: Overall Survival
      timeFrame: Up to 5 years
    - measure: 28-day all-cause mortality
      timeFrame: Day 28
`,
    },
    {
      // NCT00517179 (Hospital Authority, Hong Kong, 2006): a blood pressure change needs no description.
      name: 'self-defining measures: blood pressure and heart rate',
      yaml: `outcomesModule:
  primaryOutcomes:
    - measure: Mean maximal change of the standing systolic blood pressure (SBP) from half hour prior to till six hour after administration of the drug (baseline) with vardenafil administration versus placebo
      timeFrame: From half hour prior to till six hour after administration of the drug (baseline)
    - measure: Change in diastolic blood pressure
      timeFrame: Week 12
    - measure: Resting heart rate
      timeFrame: Week 12
`,
    },
    { name: 'no outcomes module', yaml: 'descriptionModule:\n  briefSummary: A study.\n' },
  ],
  invalid: [
    {
      name: 'abbreviations without description (NCT00763412); instrument advice only for a score',
      yaml: 'outcomesModule:\n  primaryOutcomes:\n    - measure: BMI\n      timeFrame: 3 months\n    - measure: CRP\n      timeFrame: 3 months\n    - measure: Pain score\n      timeFrame: Week 4\n',
      errors: [
        {
          pointer: '/outcomesModule/primaryOutcomes/0/measure',
          message:
            'The Primary Outcome Measure "BMI" has no description: add Primary Outcome Measure Description (outcomesModule.primaryOutcomes[0].description) and say what is measured, how, and in which unit.',
        },
        { pointer: '/outcomesModule/primaryOutcomes/1/measure' },
        {
          pointer: '/outcomesModule/primaryOutcomes/2/measure',
          message:
            /with which instrument \(its full name\) and in which unit, and for a scale its range and which direction is better\.$/,
        },
      ],
    },
    {
      // NCT05600179 (Federico II University): what is measured, and how, is not said.
      name: 'a finding without a method: no description',
      yaml: 'outcomesModule:\n  primaryOutcomes:\n    - measure: Changes in epivascular glia after Dexamethasone implant in patients with diabetic retinopathy and inflammatory macular edema\n      timeFrame: up to 6 months\n',
      errors: [
        {
          pointer: '/outcomesModule/primaryOutcomes/0/measure',
          message: /say what is measured, how, and in which unit\.$/,
        },
      ],
    },
    {
      name: 'no description',
      yaml: 'outcomesModule:\n  primaryOutcomes:\n    - measure: Pain\n      timeFrame: Week 4\n',
      errors: [
        {
          pointer: '/outcomesModule/primaryOutcomes/0/measure',
          message:
            'The Primary Outcome Measure "Pain" has no description: add Primary Outcome Measure Description (outcomesModule.primaryOutcomes[0].description) and say what is measured, how, and in which unit.',
          line: 3,
          column: 16,
        },
      ],
    },
    {
      name: 'blank description',
      yaml: 'outcomesModule:\n  primaryOutcomes:\n    - measure: Pain\n      description: " "\n',
      errors: [{ pointer: '/outcomesModule/primaryOutcomes/0/description', message: /has no description/ }],
    },
    {
      name: 'description repeats the title',
      yaml: 'outcomesModule:\n  primaryOutcomes:\n    - measure: Pain\n      description: Pain on a scale\n    - measure: Progression-free survival (PFS)\n      description: progression-free survival - PFS.\n',
      errors: [
        {
          pointer: '/outcomesModule/primaryOutcomes/1/description',
          message:
            'Primary Outcome Measure Description (outcomesModule.primaryOutcomes[1].description) only repeats the measure title "Progression-free survival (PFS)": say what is measured, how, and in which unit.',
          line: 6,
          column: 20,
        },
      ],
    },
    {
      name: 'description repeats the title after punctuation, or in other letter case beyond ASCII',
      yaml: 'outcomesModule:\n  primaryOutcomes:\n    - measure: Pain score\n      description: "  -- PAIN, score!"\n    - measure: Échelle\n      description: ÉCHELLE.\n    - measure: 6MWT\n      description: "(6mwt)"\n',
      errors: [
        {
          pointer: '/outcomesModule/primaryOutcomes/0/description',
          message: /only repeats the measure title/,
        },
        {
          pointer: '/outcomesModule/primaryOutcomes/1/description',
          message: /only repeats the measure title/,
        },
        {
          pointer: '/outcomesModule/primaryOutcomes/2/description',
          message: /only repeats the measure title/,
        },
      ],
    },
  ],
});
