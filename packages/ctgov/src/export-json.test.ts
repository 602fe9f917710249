import { describe, expect, it } from 'vitest';
import { exportTrialJson, studyJson } from './export-json.js';

describe('exportTrialJson', () => {
  it('writes { protocolSection } in registry order, two-space indented, with a final newline', () => {
    const yaml = [
      '# yaml-language-server: $schema=../schemas/trial.schema.json',
      'statusModule:',
      '  overallStatus: RECRUITING # a comment',
      '  statusVerifiedDate: 2024-03',
      'identificationModule:',
      '  briefTitle: "2021"',
      '  orgStudyIdInfo:',
      '    id: ABC-1',
      'designModule:',
      '  enrollmentInfo:',
      '    count: 40',
      '    type: ESTIMATED',
      '  phases: [PHASE2, PHASE1]',
      '',
    ].join('\n');
    const result = exportTrialJson(yaml);
    expect(result.ok).toBe(true);
    expect(result.problems).toEqual([]);
    expect(result.json).toBe(
      `${JSON.stringify(
        {
          protocolSection: {
            identificationModule: { orgStudyIdInfo: { id: 'ABC-1' }, briefTitle: '2021' },
            statusModule: { statusVerifiedDate: '2024-03', overallStatus: 'RECRUITING' },
            designModule: { phases: ['PHASE2', 'PHASE1'], enrollmentInfo: { count: 40, type: 'ESTIMATED' } },
          },
        },
        null,
        2,
      )}\n`,
    );
    expect(Object.keys(result.protocolSection!)).toEqual([
      'identificationModule',
      'statusModule',
      'designModule',
    ]);
  });

  it('keeps YAML warnings as warnings and still exports', () => {
    const result = exportTrialJson('identificationModule:\n  briefTitle: !custom A title\n');
    expect(result.ok).toBe(true);
    expect(result.problems.map((problem) => [problem.severity, problem.code])).toEqual([
      ['warning', 'unsupported-yaml'],
    ]);
    expect(JSON.parse(result.json!)).toEqual({
      protocolSection: { identificationModule: { briefTitle: 'A title' } },
    });
  });

  it.each([
    [
      'a YAML syntax error',
      'identificationModule:\n  briefTitle: [A\n',
      'syntax',
      'syntax-error',
      3,
      undefined,
    ],
    [
      'a duplicate key',
      'identificationModule:\n  briefTitle: A\n  briefTitle: B\n',
      'syntax',
      'duplicate-key',
      3,
      undefined,
    ],
    [
      'two documents',
      'identificationModule: {}\n---\nstatusModule: {}\n',
      'syntax',
      'multiple-documents',
      2,
      undefined,
    ],
    ['a list at the root', '- identificationModule: {}\n', 'syntax', 'root-not-mapping', 1, undefined],
    [
      "a code that is not the registry's",
      'identificationModule:\n  briefTitle: A\nstatusModule:\n  overallStatus: recruiting\n',
      'schema',
      'enum',
      4,
      '/statusModule/overallStatus',
    ],
    [
      'an unknown field',
      'statusModule:\n  overallStatus: RECRUITING\n  overalStatus: RECRUITING\n',
      'schema',
      'additionalProperties',
      3,
      '/statusModule/overalStatus',
    ],
    [
      'a number where text belongs',
      'contactsLocationsModule:\n  locations:\n    - zip: 2115\n',
      'schema',
      'type',
      3,
      '/contactsLocationsModule/locations/0/zip',
    ],
    [
      'an infinite number',
      'contactsLocationsModule:\n  locations:\n    - geoPoint:\n        lat: .inf\n        lon: 1\n',
      'schema',
      'type',
      4,
      '/contactsLocationsModule/locations/0/geoPoint/lat',
    ],
  ])('refuses %s, saying where', (_name, yaml, ruleId, code, line, pointer) => {
    const result = exportTrialJson(yaml);
    expect(result.ok).toBe(false);
    expect(result.json).toBeUndefined();
    const problem = result.problems.find((item) => item.severity === 'error');
    expect(problem).toMatchObject({ ruleId, code, line });
    expect(problem?.pointer).toBe(pointer);
    expect(problem?.column).toBeGreaterThanOrEqual(1);
    expect(problem?.message.length).toBeGreaterThan(10);
  });

  it('refuses bytes that are not UTF-8 with the position of the bad byte', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('identificationModule:\n  briefTitle: A'),
      0xff,
      0x0a,
    ]);
    const result = exportTrialJson(bytes);
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({ code: 'invalid-encoding', line: 2, column: 16 });
  });
});

describe('studyJson', () => {
  it('orders modules and fields like the registry, keeping array order and unknown keys last', () => {
    const json = studyJson({
      statusModule: { zzz: 1, overallStatus: 'RECRUITING' },
      conditionsModule: { conditions: ['b', 'a'] },
    });
    expect(json).toBe(
      '{\n  "protocolSection": {\n    "statusModule": {\n      "overallStatus": "RECRUITING",\n      "zzz": 1\n    },\n    "conditionsModule": {\n      "conditions": [\n        "b",\n        "a"\n      ]\n    }\n  }\n}\n',
    );
  });
});
