import { testRule } from '../testing/rule-tester.js';
import rule from './date-order.js';

const file = (start?: string, primary?: string, completion?: string): string =>
  `statusModule:\n${[
    ['startDateStruct', start],
    ['primaryCompletionDateStruct', primary],
    ['completionDateStruct', completion],
  ]
    .filter(([, date]) => date !== undefined)
    .map(([key, date]) => `  ${key}:\n    date: ${date}\n    type: ESTIMATED\n`)
    .join('')}`;

testRule(rule, {
  valid: [
    { name: 'in order', yaml: file('2025-01-15', '2026-06-30', '2026-12-31') },
    { name: 'equal dates', yaml: file('2025-01-15', '2025-01-15', '2025-01-15') },
    { name: 'same month at different precision', yaml: file('2025-03-20', '2025-03', '2025-03') },
    { name: 'only some dates', yaml: file(undefined, '2026-06-30', '2026-12-31') },
    { name: 'no dates', yaml: 'statusModule:\n  overallStatus: RECRUITING\n' },
    { name: 'start and completion only', yaml: file('2025-01', undefined, '"2026"') },
  ],
  invalid: [
    {
      name: 'primary completion before start',
      yaml: file('2025-06-01', '2025-05-31', '2026-12-31'),
      errors: [
        {
          pointer: '/statusModule/primaryCompletionDateStruct/date',
          message:
            'Primary Completion Date (statusModule.primaryCompletionDateStruct.date) 2025-05-31 is before Study Start Date (statusModule.startDateStruct.date) 2025-06-01; the study starts, then reaches its primary completion, then its completion: correct one of the dates.',
          line: 6,
          column: 11,
        },
      ],
    },
    {
      name: 'completion before primary completion',
      yaml: file('2025-01', '2026-12', '2026-06'),
      errors: [
        {
          pointer: '/statusModule/completionDateStruct/date',
          message:
            /2026-06 is before Primary Completion Date \(statusModule\.primaryCompletionDateStruct\.date\) 2026-12;/,
        },
      ],
    },
    {
      name: 'completion before start without a primary completion date',
      yaml: file('"2025"', undefined, '2024-12-31'),
      errors: [
        {
          pointer: '/statusModule/completionDateStruct/date',
          message: /before Study Start Date \(statusModule\.startDateStruct\.date\) 2025;/,
        },
      ],
    },
    {
      name: 'completion before start but after a wrong primary completion',
      yaml: file('2025-06', '2024-01', '2025-01'),
      errors: [
        { pointer: '/statusModule/primaryCompletionDateStruct/date' },
        {
          pointer: '/statusModule/completionDateStruct/date',
          message: /before Study Start Date \(statusModule\.startDateStruct\.date\) 2025-06;/,
        },
      ],
    },
  ],
});
