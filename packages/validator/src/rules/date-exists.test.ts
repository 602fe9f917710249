import { describe, expect, it } from 'vitest';
import { lintTrial } from '../engine/lint-trial.js';
import { DATE_FIELDS } from '../rule-support/date-fields.js';
import { testRule } from '../testing/rule-tester.js';
import rule from './date-exists.js';

const start = (date: string): string =>
  `statusModule:\n  startDateStruct:\n    date: ${date}\n    type: ESTIMATED\n`;
const START = '/statusModule/startDateStruct/date';

/** A start date written another way, and the ISO form --fix writes for it. */
const FIXED: Array<[string, string]> = [
  ['31/12/2027', '2027-12-31'],
  ['12/31/2027', '2027-12-31'],
  ['31.12.2027', '2027-12-31'],
  ['05/05/2027', '2027-05-05'],
  ['2027/12/31', '2027-12-31'],
  ['2027.12.31', '2027-12-31'],
  ['2027-1-5', '2027-01-05'],
  ['"Dec 31, 2027"', '2027-12-31'],
  ['December 31st 2027', '2027-12-31'],
  ['Dec. 31 2027', '2027-12-31'],
  ['31 Dec 2027', '2027-12-31'],
  ['"31 December, 2027"', '2027-12-31'],
  ['31-Dec-2027', '2027-12-31'],
  ['Sept 1 2027', '2027-09-01'],
  ['December 2027', '2027-12'],
  ['Dec. 2027', '2027-12'],
  ['12/2027', '2027-12'],
  ['2027/12', '2027-12'],
  ['"2024-02-29 "', '2024-02-29'],
];

testRule(rule, {
  valid: [
    { name: 'full day', yaml: start('2025-02-28') },
    { name: 'leap day in a leap year', yaml: start('2024-02-29') },
    { name: 'leap day in a century leap year', yaml: start('2000-02-29') },
    { name: 'month', yaml: start('2027-12') },
    { name: 'year', yaml: start('"2027"') },
    { name: 'verification month', yaml: 'statusModule:\n  statusVerifiedDate: 2026-10\n' },
    {
      name: 'registry-assigned full dates',
      yaml: 'statusModule:\n  studyFirstSubmitDate: 2020-02-13\n  studyFirstPostDateStruct:\n    date: 2020-02-17\n    type: ACTUAL\n',
    },
    { name: 'no dates', yaml: 'statusModule:\n  overallStatus: RECRUITING\n' },
  ],
  invalid: [
    {
      name: 'a day February does not have',
      yaml: start('2025-02-30'),
      errors: [
        {
          pointer: START,
          message:
            'Study Start Date (statusModule.startDateStruct.date) 2025-02-30 does not exist: February 2025 has 28 days.',
          line: 3,
          column: 11,
        },
      ],
    },
    {
      name: 'a leap day outside a leap year',
      yaml: 'statusModule:\n  completionDateStruct:\n    date: 2023-02-29\n    type: ACTUAL\n',
      errors: [
        {
          pointer: '/statusModule/completionDateStruct/date',
          message:
            'Study Completion Date (statusModule.completionDateStruct.date) 2023-02-29 does not exist: February 2023 has 28 days (2023 is not a leap year).',
        },
      ],
    },
    {
      name: 'a leap day in a century that is not a leap year',
      yaml: start('1900-02-29'),
      errors: [{ pointer: START, message: /February 1900 has 28 days \(1900 is not a leap year\)\.$/ }],
    },
    {
      name: 'day 31 of a 30-day month',
      yaml: 'statusModule:\n  primaryCompletionDateStruct:\n    date: 2026-04-31\n    type: ESTIMATED\n',
      errors: [
        {
          pointer: '/statusModule/primaryCompletionDateStruct/date',
          message:
            'Primary Completion Date (statusModule.primaryCompletionDateStruct.date) 2026-04-31 does not exist: April 2026 has 30 days.',
        },
      ],
    },
    {
      name: 'month 13 (a schema pattern error, reported once, by this rule)',
      yaml: start('2026-13'),
      errors: [
        {
          pointer: START,
          message:
            'Study Start Date (statusModule.startDateStruct.date) 2026-13 does not exist: there is no month 13.',
        },
      ],
    },
    {
      name: 'month 00 and day 00',
      yaml: 'statusModule:\n  statusVerifiedDate: 2026-00\n  startDateStruct:\n    date: 2026-01-00\n',
      errors: [
        {
          pointer: '/statusModule/statusVerifiedDate',
          message:
            'Record Verification Date (statusModule.statusVerifiedDate) 2026-00 does not exist: there is no month 00.',
        },
        {
          pointer: START,
          message:
            'Study Start Date (statusModule.startDateStruct.date) 2026-01-00 does not exist: there is no day 0.',
        },
      ],
    },
    ...FIXED.map(([written, iso]) => ({
      name: `${written} is fixed to ${iso}`,
      yaml: start(written),
      errors: [
        {
          pointer: START,
          message: new RegExp(`is not written as the registry writes dates: write ${iso}\\.$`),
        },
      ],
      output: start(iso),
    })),
    {
      name: 'the message names the field and quotes a value with spaces',
      yaml: 'statusModule:\n  statusVerifiedDate: December 2026\n',
      errors: [
        {
          pointer: '/statusModule/statusVerifiedDate',
          message:
            'Record Verification Date (statusModule.statusVerifiedDate) "December 2026" is not written as the registry writes dates: write 2026-12.',
        },
      ],
      output: 'statusModule:\n  statusVerifiedDate: 2026-12\n',
    },
    {
      name: 'day and month that can be swapped: no fix, both readings named',
      yaml: start('03/04/2027'),
      errors: [
        {
          pointer: START,
          message:
            'Study Start Date (statusModule.startDateStruct.date) 03/04/2027 can be read as 3 April 2027 or 4 March 2027: write the one meant as 2027-04-03 or 2027-03-04 (yyyy-MM-dd).',
        },
      ],
    },
    {
      name: 'another spelling of a day that does not exist: no fix',
      yaml: start('31/02/2027'),
      errors: [
        {
          pointer: START,
          message:
            'Study Start Date (statusModule.startDateStruct.date) 31/02/2027 would be 31 February 2027, which does not exist: February 2027 has 28 days.',
        },
      ],
    },
    {
      name: 'numbers that cannot be a month either way',
      yaml: start('13/14/2027'),
      errors: [
        {
          pointer: START,
          message:
            /^Study Start Date \(statusModule\.startDateStruct\.date\) 13\/14\/2027 is not a date \(there is no month 13\)/,
        },
      ],
    },
    {
      name: 'text that is not a date',
      yaml: start('soon'),
      errors: [
        {
          pointer: START,
          message:
            'Study Start Date (statusModule.startDateStruct.date) soon is not a date: write it as yyyy-MM-dd, yyyy-MM or yyyy (e.g. 2024-03-15 or 2024-03).',
        },
      ],
    },
    {
      name: 'an unknown month name',
      yaml: start('Smarch 2027'),
      errors: [
        {
          pointer: START,
          message: /^Study Start Date \(statusModule\.startDateStruct\.date\) "Smarch 2027" is not a date: /,
        },
      ],
    },
    {
      name: 'a registry-assigned date needs the day',
      yaml: 'statusModule:\n  studyFirstSubmitDate: 2020-02\n  lastUpdatePostDateStruct:\n    date: February 2020\n    type: ACTUAL\n',
      errors: [
        {
          pointer: '/statusModule/studyFirstSubmitDate',
          message:
            'First Submitted (statusModule.studyFirstSubmitDate) 2020-02 is not a full date: write the day too, as yyyy-MM-dd (e.g. 2024-03-15).',
        },
        {
          pointer: '/statusModule/lastUpdatePostDateStruct/date',
          message:
            /^Last Update Posted \(statusModule\.lastUpdatePostDateStruct\.date\) "February 2020" is not a full date/,
        },
      ],
    },
    {
      name: 'a registry-assigned date written another way',
      yaml: 'statusModule:\n  resultsFirstSubmitQcDate: 2020/02/30\n  dispFirstPostDateStruct:\n    date: 13 Feb 2020\n',
      errors: [
        {
          pointer: '/statusModule/resultsFirstSubmitQcDate',
          message: /would be 30 February 2020, which does not exist: February 2020 has 29 days\.$/,
        },
        { pointer: '/statusModule/dispFirstPostDateStruct/date', message: /write 2020-02-13\.$/ },
      ],
      output:
        'statusModule:\n  resultsFirstSubmitQcDate: 2020/02/30\n  dispFirstPostDateStruct:\n    date: 2020-02-13\n',
    },
  ],
});

describe('date-exists and the schema', () => {
  const options = { rules: [rule], asOf: '2026-11-21' };

  it('finds every date field of the schema', () => {
    const paths = DATE_FIELDS.map((field) => `${field.path.join('.')} ${field.precision}`);
    expect(paths).toEqual([
      'statusModule.statusVerifiedDate partial',
      'statusModule.startDateStruct.date partial',
      'statusModule.primaryCompletionDateStruct.date partial',
      'statusModule.completionDateStruct.date partial',
      'statusModule.studyFirstSubmitDate full',
      'statusModule.studyFirstSubmitQcDate full',
      'statusModule.studyFirstPostDateStruct.date full',
      'statusModule.resultsFirstSubmitDate full',
      'statusModule.resultsFirstSubmitQcDate full',
      'statusModule.resultsFirstPostDateStruct.date full',
      'statusModule.dispFirstSubmitDate full',
      'statusModule.dispFirstSubmitQcDate full',
      'statusModule.dispFirstPostDateStruct.date full',
      'statusModule.lastUpdateSubmitDate full',
      'statusModule.lastUpdatePostDateStruct.date full',
    ]);
  });

  it('reports a malformed date once, in its own words, instead of the schema', () => {
    const findings = lintTrial(start('31/12/2027'), options).report.findings;
    expect(findings.map((finding) => [finding.ruleId, finding.pointer])).toEqual([['date-exists', START]]);
  });

  it('leaves the schema finding when the rule is off', () => {
    const findings = lintTrial(start('31/12/2027'), { ...options, settings: new Map() }).report.findings;
    expect(findings.map((finding) => [finding.ruleId, finding.pointer])).toEqual([['schema', START]]);
  });
});
