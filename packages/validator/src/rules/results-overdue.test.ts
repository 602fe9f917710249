import { actYaml } from '../testing/act-yaml.js';
import { testRule } from '../testing/rule-tester.js';
import rule from './results-overdue.js';

// Results are due 1 year after the primary completion date (42 CFR 11.44(a)); the tests lint as of 2026-11-21.
const completed = (primaryCompletion: string, extra: string[] = []): string =>
  actYaml({
    nctId: 'NCT09999999',
    status: 'COMPLETED',
    start: '2023-01-10',
    primaryCompletion,
    completion: primaryCompletion,
    extra,
  });

testRule(rule, {
  valid: [
    { name: 'primary completion less than a year ago', yaml: completed('2025-11-21') },
    { name: 'due today', yaml: completed('2025-11-21'), asOf: '2026-11-21' },
    { name: 'results submitted', yaml: completed('2024-06-30', ['resultsFirstSubmitDate: 2025-06-01']) },
    {
      name: 'results submitted late: met, not overdue',
      yaml: completed('2024-06-30', ['resultsFirstSubmitDate: 2025-09-01']),
    },
    { name: 'a certification of delay', yaml: completed('2025-06-30', ['dispFirstSubmitDate: 2026-03-01']) },
    { name: 'results waived', yaml: completed('2024-06-30', ['resultsWaived: true']) },
    {
      name: 'not an applicable clinical trial (phase 1)',
      yaml: actYaml({
        nctId: 'NCT09999999',
        status: 'COMPLETED',
        start: '2023-01-10',
        primaryCompletion: '2024-01-10',
        phase: 'PHASE1',
      }),
    },
    {
      name: 'a pACT before --as-of moves past its due day',
      yaml: actYaml({ status: 'COMPLETED', start: '2016-05-01', primaryCompletion: '2017-03-31' }),
      asOf: '2018-03-31',
    },
  ],
  invalid: [
    {
      name: 'a year and a day after primary completion',
      yaml: completed('2025-11-20'),
      errors: [
        {
          pointer: '/statusModule/primaryCompletionDateStruct/date',
          message:
            'Results were due on 2026-11-20 and are 1 day overdue (today is 2026-11-21): Primary completion date 2025-11-20 (ACTUAL) + 1 year (42 CFR 11.44(a): submit results within 1 year after the primary completion date). No results submission in the file (statusModule.resultsFirstSubmitDate). Submit the results, or a certification of delay if one applies; trackers list this trial as overdue.',
          line: 9,
          column: 11,
        },
      ],
    },
    {
      name: 'a month-only primary completion: counted from the last day of the month',
      yaml: completed('2025-10'),
      errors: [
        {
          pointer: '/statusModule/primaryCompletionDateStruct/date',
          message: /^Results were due on 2026-10-31 and are 21 days overdue/,
        },
      ],
    },
    {
      name: 'a pACT: started before 2017-01-18, primary completion after',
      yaml: actYaml({ status: 'COMPLETED', start: '2016-05-01', primaryCompletion: '2017-03-31' }),
      errors: [
        {
          pointer: '/statusModule/primaryCompletionDateStruct/date',
          message: /^Results were due on 2018-03-31/,
        },
      ],
    },
    {
      name: 'no primary completion date: the completion date counts',
      yaml: actYaml({ status: 'COMPLETED', start: '2023-01-10', completion: '2024-02-29' }),
      errors: [
        { pointer: '/statusModule/completionDateStruct/date', message: /^Results were due on 2025-02-28/ },
      ],
    },
  ],
});
