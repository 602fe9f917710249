import { describe, expect, it } from 'vitest';
import { exampleFiles, sampleProtocols } from '../../test/paths.js';
import { loadTrial } from '../yaml/load-trial.js';
import { validateTrialSchema } from './validate-schema.js';

describe('the schema accepts real records', () => {
  it.each(sampleProtocols())('registry sample %s validates with no finding', (_name, protocol) => {
    expect(validateTrialSchema(protocol)).toEqual([]);
  });

  it.each(exampleFiles())('example %s reads and validates with no finding', (_name, text) => {
    const loaded = loadTrial(text);
    expect(loaded.problems).toEqual([]);
    expect(validateTrialSchema(loaded.data)).toEqual([]);
  });
});

interface InvalidCase {
  name: string;
  yaml: string;
  pointer: string;
  message: string | RegExp;
  at: [line: number, column: number];
  suggestion?: unknown;
}

const invalid: InvalidCase[] = [
  {
    name: 'enum in lower case',
    yaml: 'statusModule:\n  overallStatus: recruiting\n',
    pointer: '/statusModule/overallStatus',
    message:
      /^Overall Recruitment Status \(statusModule\.overallStatus\): the text "recruiting" is not an allowed value\. Did you mean Recruiting \(RECRUITING\)\? Allowed: ACTIVE_NOT_RECRUITING, /,
    at: [2, 18],
    suggestion: { kind: 'replace-value', value: 'RECRUITING' },
  },
  {
    name: 'enum given as the display label',
    yaml: 'designModule:\n  designInfo:\n    interventionModel: Parallel Assignment\n',
    pointer: '/designModule/designInfo/interventionModel',
    message: /Did you mean Parallel Assignment \(PARALLEL\)\?/,
    at: [3, 24],
    suggestion: { kind: 'replace-value', value: 'PARALLEL' },
  },
  {
    name: 'enum with a typo',
    yaml: 'designModule:\n  phases:\n    - PHASE_2\n',
    pointer: '/designModule/phases/0',
    message:
      /^Study Phase \(designModule\.phases\[0\]\): the text "PHASE_2" is not an allowed value\. Did you mean Phase 2 \(PHASE2\)\?/,
    at: [3, 7],
  },
  {
    name: 'enum far from any value',
    yaml: 'eligibilityModule:\n  sex: everyone\n',
    pointer: '/eligibilityModule/sex',
    // A short list of allowed values comes with the registry's labels.
    message:
      'Sex/Gender (eligibilityModule.sex): the text "everyone" is not an allowed value. Allowed: Female (FEMALE), Male (MALE), All (ALL).',
    at: [2, 8],
  },
  {
    name: 'misspelt key',
    yaml: 'statusModule:\n  overalStatus: RECRUITING\n',
    pointer: '/statusModule/overalStatus',
    message: 'Unknown key "overalStatus" in Study Status (statusModule). Did you mean "overallStatus"?',
    at: [2, 3],
    suggestion: { kind: 'rename-key', key: 'overallStatus' },
  },
  {
    name: 'key in the wrong module',
    yaml: 'statusModule:\n  briefTitle: A study\n',
    pointer: '/statusModule/briefTitle',
    message:
      'Unknown key "briefTitle" in Study Status (statusModule). "briefTitle" belongs in Study Identification (identificationModule).',
    at: [2, 3],
  },
  {
    name: 'key of list items in the wrong place',
    yaml: 'armsInterventionsModule:\n  armGroups:\n    - label: A\n      armGroupLabels: [B]\n',
    pointer: '/armsInterventionsModule/armGroups/0/armGroupLabels',
    message:
      'Unknown key "armGroupLabels" in Arm/Group (armsInterventionsModule.armGroups[0]). "armGroupLabels" belongs in Intervention (armsInterventionsModule.interventions[]).',
    at: [4, 7],
  },
  {
    name: 'unknown module',
    yaml: 'fooModule:\n  foo: 1\n',
    pointer: '/fooModule',
    message: /^Unknown key "fooModule" at the top level\. Allowed keys: identificationModule, /,
    at: [1, 1],
  },
  {
    name: 'a whole registry record instead of a trial file',
    yaml: 'protocolSection:\n  identificationModule: {}\n',
    pointer: '/protocolSection',
    message: /This looks like a whole registry record .* Convert it with "trialyaml import"\.$/,
    at: [1, 1],
  },
  {
    name: 'zip read as a number',
    yaml: 'contactsLocationsModule:\n  locations:\n    - facility: Clinic\n      zip: 02115\n',
    pointer: '/contactsLocationsModule/locations/0/zip',
    message:
      'ZIP/Postal Code (contactsLocationsModule.locations[0].zip) must be text, but it is the number 2115. YAML read the unquoted value as a number or boolean; put it in quotes to keep it as text.',
    at: [4, 12],
  },
  {
    name: 'list written as a scalar',
    yaml: 'conditionsModule:\n  conditions: Asthma\n',
    pointer: '/conditionsModule/conditions',
    message:
      /^Conditions or Focus of Study \(conditionsModule\.conditions\) must be a list, but it is the text "Asthma"\. Write it as a list/,
    at: [2, 15],
  },
  {
    name: 'count with words',
    yaml: 'designModule:\n  enrollmentInfo:\n    count: 46 participants\n',
    pointer: '/designModule/enrollmentInfo/count',
    message:
      'Enrollment (designModule.enrollmentInfo.count) must be a whole number, but it is the text "46 participants".',
    at: [3, 12],
  },
  {
    name: 'empty value',
    yaml: 'identificationModule:\n  briefTitle:\n',
    pointer: '/identificationModule/briefTitle',
    message: 'Brief Title (identificationModule.briefTitle) has no value: fill it in or remove the key.',
    at: [2, 3],
  },
  {
    name: 'impossible month',
    yaml: 'statusModule:\n  startDateStruct:\n    date: 2024-13\n',
    pointer: '/statusModule/startDateStruct/date',
    message:
      'Study Start Date (statusModule.startDateStruct.date) must be a date written yyyy-MM-dd, yyyy-MM or yyyy, e.g. 2024-03-15 or 2024-03; it is the text "2024-13".',
    at: [3, 11],
  },
  {
    name: 'age without unit',
    yaml: 'eligibilityModule:\n  minimumAge: "18"\n',
    pointer: '/eligibilityModule/minimumAge',
    message: /^Minimum Age \(eligibilityModule\.minimumAge\) must be a number and a unit, e\.g\. "18 Years"/,
    at: [2, 15],
  },
  {
    name: 'malformed NCT id',
    yaml: 'identificationModule:\n  nctId: NCT1234\n',
    pointer: '/identificationModule/nctId',
    message: /^NCT Number \(identificationModule\.nctId\) must be an NCT number/,
    at: [2, 10],
  },
  {
    name: 'too long for the registry',
    yaml: `identificationModule:\n  acronym: ${'A'.repeat(20)}\n`,
    pointer: '/identificationModule/acronym',
    message:
      'Acronym (identificationModule.acronym) is 20 characters long, longer than the 14 the registry allows: shorten it by 6.',
    at: [2, 12],
  },
  {
    name: 'boolean written as text',
    yaml: 'eligibilityModule:\n  healthyVolunteers: "No"\n',
    pointer: '/eligibilityModule/healthyVolunteers',
    message:
      'Accepts Healthy Volunteers (eligibilityModule.healthyVolunteers) must be true or false, but it is the text "No".',
    at: [2, 22],
  },
];

describe('schema findings', () => {
  it.each(invalid)('$name', ({ yaml, pointer, message, at, suggestion }) => {
    const loaded = loadTrial(yaml);
    expect(loaded.problems).toEqual([]);
    const findings = validateTrialSchema(loaded.data);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding?.pointer).toBe(pointer);
    if (typeof message === 'string') expect(finding?.message).toBe(message);
    else expect(finding?.message).toMatch(message);
    const range = loaded.rangeOf(finding?.pointer ?? '', finding?.target);
    expect([range.line, range.column]).toEqual(at);
    if (suggestion) expect(finding?.suggestion).toEqual(suggestion);
    expect(finding?.ruleId).toBe('schema');
  });

  it('reports every problem of a document, each once', () => {
    const loaded = loadTrial(
      'statusModule:\n  overallStatus: done\n  whyStoped: x\ndesignModule:\n  phases: [PHASE9]\n',
    );
    const pointers = validateTrialSchema(loaded.data).map((finding) => finding.pointer);
    expect(pointers.sort()).toEqual([
      '/designModule/phases/0',
      '/statusModule/overallStatus',
      '/statusModule/whyStoped',
    ]);
  });
});

describe('length limits count characters (code points), as the registry does', () => {
  const acronym = (value: string): string[] =>
    validateTrialSchema({ identificationModule: { acronym: value } }).map((finding) => finding.pointer);
  const tooLong = ['/identificationModule/acronym'];

  it.each([
    ['14 ASCII letters', 'A'.repeat(14), []],
    ['15 ASCII letters', 'A'.repeat(15), tooLong],
    ['14 characters outside the BMP (28 UTF-16 code units)', '𝔸'.repeat(14), []],
    ['15 characters outside the BMP', '𝔸'.repeat(15), tooLong],
    ['lone surrogates count one each', '\uD835'.repeat(14), []],
    ['a lone high surrogate before a pair', `${'A'.repeat(12)}\uD835𝔸`, []],
    ['15 with a lone low surrogate', `${'A'.repeat(13)}\uDD38𝔸`, tooLong],
  ])('%s', (_name, value, expected) => {
    expect(acronym(value)).toEqual(expected);
  });
});
