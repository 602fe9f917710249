import { testRule } from '../testing/rule-tester.js';
import rule from './outcome-title-specific.js';

const outcomes = (list: string, ...measures: string[]) =>
  `outcomesModule:\n  ${list}:\n${measures.map((measure) => `    - measure: ${measure}\n      timeFrame: Week 12\n`).join('')}`;

testRule(rule, {
  valid: [
    {
      name: 'specific titles',
      yaml: outcomes(
        'primaryOutcomes',
        'Number of participants with treatment-emergent adverse events',
        'Change from baseline in HbA1c',
        'Objective response rate',
        'Safety of the vaccine measured as the rate of fever above 38 °C',
      ),
    },
    {
      name: 'draft outcome without a title',
      yaml: 'outcomesModule:\n  primaryOutcomes:\n    - timeFrame: Week 12\n',
    },
  ],
  invalid: [
    {
      name: 'a single general word',
      yaml: outcomes('primaryOutcomes', 'Safety'),
      errors: [
        {
          pointer: '/outcomesModule/primaryOutcomes/0/measure',
          message:
            'The Primary Outcome Measure Title "Safety" names an area, not a measure: say what is measured, e.g. "Number of participants with treatment-related adverse events (CTCAE v5.0)" or "Change from baseline in HbA1c".',
          line: 3,
          column: 16,
        },
      ],
    },
    {
      name: 'combinations and qualifiers, in every list',
      yaml: `${outcomes('primaryOutcomes', 'Safety and tolerability', 'Efficacy & Safety')}${outcomes('secondaryOutcomes', 'Overall efficacy.', '"Safety, tolerability and feasibility"').replace('outcomesModule:\n', '')}${outcomes('otherOutcomes', 'adverse events', 'Primary Outcome', 'Pharmacokinetics/pharmacodynamics').replace('outcomesModule:\n', '')}`,
      errors: [
        {
          pointer: '/outcomesModule/primaryOutcomes/0/measure',
          message: /^The Primary Outcome Measure Title "Safety and tolerability" names/,
        },
        { pointer: '/outcomesModule/primaryOutcomes/1/measure' },
        { pointer: '/outcomesModule/secondaryOutcomes/0/measure' },
        { pointer: '/outcomesModule/secondaryOutcomes/1/measure' },
        { pointer: '/outcomesModule/otherOutcomes/0/measure' },
        { pointer: '/outcomesModule/otherOutcomes/1/measure' },
        { pointer: '/outcomesModule/otherOutcomes/2/measure' },
      ],
    },
  ],
});
