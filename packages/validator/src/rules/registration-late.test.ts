import { actYaml } from '../testing/act-yaml.js';
import { testRule } from '../testing/rule-tester.js';
import rule from './registration-late.js';

// Registration is due 21 days after the first participant is enrolled (42 CFR 11.24(a)); tests lint as of 2026-11-21.
testRule(rule, {
  valid: [
    {
      name: 'a draft starting next month',
      yaml: actYaml({ status: 'NOT_YET_RECRUITING', start: '2026-12-01', startType: 'ESTIMATED' }),
    },
    { name: 'a draft due today', yaml: actYaml({ start: '2026-10-31' }) },
    {
      name: 'registered before the start',
      yaml: actYaml({
        nctId: 'NCT09999999',
        start: '2026-10-01',
        extra: ['studyFirstSubmitDate: 2026-09-15'],
      }),
    },
    {
      name: 'registered on the due day',
      yaml: actYaml({
        nctId: 'NCT09999999',
        start: '2026-10-01',
        extra: ['studyFirstSubmitDate: 2026-10-22'],
      }),
    },
    {
      name: 'registered, submission date not in the file',
      yaml: actYaml({ nctId: 'NCT09999999', start: '2026-01-01' }),
    },
    {
      name: 'a pACT: registration is not counted',
      yaml: actYaml({
        nctId: 'NCT09999999',
        start: '2016-06-01',
        primaryCompletion: '2017-06-01',
        extra: ['studyFirstSubmitDate: 2016-12-01'],
      }),
    },
    {
      name: 'an overdue draft before --as-of reaches it',
      yaml: actYaml({ start: '2026-10-01' }),
      asOf: '2026-10-22',
    },
  ],
  invalid: [
    {
      name: 'a recruiting draft 22 days after the start',
      yaml: actYaml({ start: '2026-10-30' }),
      errors: [
        {
          pointer: '/statusModule/startDateStruct/date',
          message:
            'Registration was due on 2026-11-20 and is 1 day late (today is 2026-11-21): Start date 2026-10-30 (ACTUAL) + 21 days (42 CFR 11.24(a): register within 21 calendar days after enrolling the first participant). Not registered yet (no NCT number). Register the trial now.',
          line: 4,
          column: 11,
        },
      ],
    },
    {
      name: 'registered 420 days late',
      yaml: actYaml({
        nctId: 'NCT04207047',
        start: '2018-10-02',
        extra: ['studyFirstSubmitDate: 2019-12-17'],
      }),
      errors: [
        {
          pointer: '/statusModule/startDateStruct/date',
          message:
            /^The trial was registered on 2019-12-17, 420 days after the due day 2018-10-23: .* This cannot be undone; suppress the finding with the reason once it is answered for\.$/,
        },
      ],
    },
    {
      name: 'a month-only start: counted from the last day of the month',
      yaml: actYaml({ start: '2026-09' }),
      errors: [
        {
          pointer: '/statusModule/startDateStruct/date',
          message: /^Registration was due on 2026-10-21 and is 31 days late/,
        },
      ],
    },
  ],
});
