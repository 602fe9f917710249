import { actYaml } from '../testing/act-yaml.js';
import { testRule } from '../testing/rule-tester.js';
import rule from './status-update-due.js';

// The record is updated within 30 days of a status change or the actual primary completion (42 CFR
// 11.64(a)(1)(ii)); lint rules read the file's dates (the CLI's `deadlines` also reads git history).
const closed = (fields: { completion: string; lastUpdate?: string; primary?: string }): string =>
  actYaml({
    nctId: 'NCT09999999',
    status: 'COMPLETED',
    start: '2024-01-10',
    primaryCompletion: fields.primary ?? '2024-06-30',
    completion: fields.completion,
    extra: [
      'studyFirstSubmitDate: 2023-12-01',
      ...(fields.lastUpdate ? [`lastUpdateSubmitDate: ${fields.lastUpdate}`] : []),
    ],
  });

testRule(rule, {
  valid: [
    {
      name: 'the registry was updated after completion',
      yaml: closed({ completion: '2026-11-01', lastUpdate: '2026-11-05' }),
    },
    {
      name: 'completed more than 30 days before the due window',
      yaml: closed({ completion: '2026-09-01', lastUpdate: '2026-09-02' }),
    },
    {
      name: 'past due, but the file does not show the registry update',
      yaml: closed({ completion: '2026-09-01' }),
    },
    {
      name: 'recruiting since an estimated start',
      yaml: actYaml({ nctId: 'NCT09999999', start: '2026-11-15', startType: 'ESTIMATED' }),
    },
    {
      name: 'a draft: nothing to update yet',
      yaml: actYaml({
        status: 'COMPLETED',
        start: '2026-01-10',
        primaryCompletion: '2026-11-01',
        completion: '2026-11-01',
      }),
    },
  ],
  invalid: [
    {
      name: 'completed this month, registry last updated before',
      yaml: closed({ completion: '2026-11-01', lastUpdate: '2026-10-01' }),
      errors: [
        {
          pointer: '/statusModule/overallStatus',
          message:
            'The registry update is due by 2026-12-01, in 10 days (today is 2026-11-21): It is COMPLETED since the completion date 2026-11-01 (ACTUAL); + 30 days (42 CFR 11.64(a)(1)(ii): update the record within 30 days). The registry record was last updated on 2026-10-01, before the change. Update the registry record; importing it again fills in Last Update Submitted (statusModule.lastUpdateSubmitDate).',
          line: 4,
          column: 18,
        },
      ],
    },
    {
      name: 'overdue: primary completion reached in September, registry last updated in August',
      yaml: closed({ primary: '2026-09-15', completion: '2026-09-15', lastUpdate: '2026-08-01' }),
      errors: [
        {
          pointer: '/statusModule/overallStatus',
          message: /^The registry update was due by 2026-10-15 and is 37 days overdue/,
        },
        {
          pointer: '/statusModule/primaryCompletionDateStruct/date',
          message: /Primary completion date reached 2026-09-15/,
        },
      ],
    },
  ],
});
