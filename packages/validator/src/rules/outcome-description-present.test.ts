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
    { name: 'no outcomes module', yaml: 'descriptionModule:\n  briefSummary: A study.\n' },
  ],
  invalid: [
    {
      name: 'no description',
      yaml: 'outcomesModule:\n  primaryOutcomes:\n    - measure: Pain\n      timeFrame: Week 4\n',
      errors: [
        {
          pointer: '/outcomesModule/primaryOutcomes/0/measure',
          message:
            'The primary outcome "Pain" has no description: add outcomesModule.primaryOutcomes[0].description and say what is measured, with which instrument (its full name) and in which unit, and for a scale its range and which direction is better.',
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
      yaml: 'outcomesModule:\n  primaryOutcomes:\n    - measure: Pain\n      description: Pain on a scale\n    - measure: Overall survival (OS)\n      description: overall survival - OS.\n',
      errors: [
        {
          pointer: '/outcomesModule/primaryOutcomes/1/description',
          message:
            'outcomesModule.primaryOutcomes[1].description only repeats the measure title "Overall survival (OS)": say what is measured, with which instrument (its full name) and in which unit, and for a scale its range and which direction is better.',
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
