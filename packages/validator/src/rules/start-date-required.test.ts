import { describe, expect, it } from 'vitest';
import { lintTrial } from '../engine/lint-trial.js';
import type { Finding } from '../findings.js';
import { testRule } from '../testing/rule-tester.js';
import rule from './start-date-required.js';

const INT = 'designModule:\n  studyType: INTERVENTIONAL\n';

testRule(rule, {
  valid: [
    {
      name: 'date and type given',
      yaml: `${INT}statusModule:\n  overallStatus: RECRUITING\n  startDateStruct:\n    date: 2025-03-01\n    type: ACTUAL\n`,
    },
    {
      name: 'expanded access record has no start date',
      yaml: 'designModule:\n  studyType: EXPANDED_ACCESS\nstatusModule:\n  overallStatus: AVAILABLE\n',
    },
    { name: 'draft without a study type', yaml: 'statusModule:\n  overallStatus: NOT_YET_RECRUITING\n' },
  ],
  invalid: [
    {
      name: 'no start date in an observational study',
      yaml: 'designModule:\n  studyType: OBSERVATIONAL\nstatusModule:\n  overallStatus: RECRUITING\n',
      errors: [
        {
          pointer: '/statusModule',
          message:
            'Study Start Date (statusModule.startDateStruct) is missing: add the date the first participant is (or is expected to be) enrolled as date (yyyy-MM-dd) and whether it is Actual (ACTUAL) or Estimated (ESTIMATED) as type.',
          line: 3,
          column: 1,
        },
      ],
    },
    {
      name: 'type without a date',
      yaml: `${INT}statusModule:\n  startDateStruct:\n    type: ESTIMATED\n`,
      errors: [
        {
          pointer: '/statusModule/startDateStruct',
          message:
            'Study Start Date (statusModule.startDateStruct.date) is missing: add the date the first participant is (or is expected to be) enrolled (yyyy-MM-dd).',
          line: 4,
          column: 3,
        },
      ],
    },
    {
      name: 'empty struct',
      yaml: `${INT}statusModule:\n  startDateStruct: {}\n`,
      errors: [
        {
          pointer: '/statusModule/startDateStruct',
          message: /^Study Start Date \(statusModule\.startDateStruct\) has no date and no type:/,
        },
      ],
    },
    {
      name: 'date without a type in a new study',
      yaml: `${INT}statusModule:\n  overallStatus: RECRUITING\n  startDateStruct:\n    date: 2025-03-01\n`,
      errors: [
        {
          pointer: '/statusModule/startDateStruct',
          message:
            'Study Start Date Type (statusModule.startDateStruct.type) is missing: say whether the date has happened, Actual (ACTUAL), or is expected, Estimated (ESTIMATED).',
        },
      ],
    },
    {
      name: 'a legacy record without a type: info',
      yaml: `identificationModule:\n  nctId: NCT00184067\n${INT}statusModule:\n  overallStatus: TERMINATED\n  startDateStruct:\n    date: 2004-05\n`,
      errors: [{ pointer: '/statusModule/startDateStruct', severity: 'info' }],
    },
    { name: 'no status module', yaml: INT, errors: [{ pointer: '' }] },
  ],
});

describe('start-date-required suggestions', () => {
  const suggestions = (yaml: string) => {
    const findings: Finding[] = lintTrial(yaml, { rules: [rule], asOf: '2026-11-21' }).report.findings;
    return findings.flatMap((finding) => finding.suggestions ?? []);
  };

  it('offers the type the status implies', () => {
    expect(
      suggestions(
        `${INT}statusModule:\n  overallStatus: NOT_YET_RECRUITING\n  startDateStruct:\n    date: 2027-01\n`,
      ),
    ).toEqual([
      {
        title: 'Add type: ESTIMATED (the status is NOT_YET_RECRUITING)',
        fix: [{ op: 'add-key', pointer: '/statusModule/startDateStruct', key: 'type', value: 'ESTIMATED' }],
      },
    ]);
  });

  it('offers nothing when the status is unclear or an actual date would lie in the future', () => {
    expect(
      suggestions(`${INT}statusModule:\n  overallStatus: SUSPENDED\n  startDateStruct:\n    date: 2025-01\n`),
    ).toEqual([]);
    expect(
      suggestions(
        `${INT}statusModule:\n  overallStatus: RECRUITING\n  startDateStruct:\n    date: 2027-01\n`,
      ),
    ).toEqual([]);
  });
});
