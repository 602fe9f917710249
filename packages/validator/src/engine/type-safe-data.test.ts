import { validateTrialSchema, type SchemaFinding } from '@trialyaml/core';
import { describe, expect, it } from 'vitest';
import { typeSafeData } from './type-safe-data.js';

const finding = (pointer: string, keyword = 'type'): SchemaFinding => ({
  ruleId: 'schema',
  severity: 'error',
  message: 'wrong',
  pointer,
  target: 'value',
  keyword,
});

describe('typeSafeData', () => {
  it('hands the data on as it is when the schema removed nothing', () => {
    const data = { conditionsModule: { conditions: ['Asthma'] } };
    expect(typeSafeData(data, [])).toBe(data);
    expect(typeSafeData(data, [finding('/conditionsModule/conditions/0', 'enum')])).toBe(data);
  });

  it.each([
    {
      name: 'a list item of the wrong type, the items after it moving up',
      data: { conditionsModule: { conditions: ['Asthma', 5, 'COPD'] } },
      pointers: ['/conditionsModule/conditions/1'],
      expected: { conditionsModule: { conditions: ['Asthma', 'COPD'] } },
    },
    {
      name: 'several items of one list, pointed at by their original indexes',
      data: { conditionsModule: { keywords: [1, 'a', 2, 'b', 3] } },
      pointers: [
        '/conditionsModule/keywords/0',
        '/conditionsModule/keywords/2',
        '/conditionsModule/keywords/4',
      ],
      expected: { conditionsModule: { keywords: ['a', 'b'] } },
    },
    {
      name: 'items of lists nested in list items',
      data: {
        armsInterventionsModule: {
          armGroups: [
            { label: 'A', interventionNames: ['Drug: X', 7, 'Drug: Y'] },
            { label: 'B', interventionNames: [8] },
          ],
        },
      },
      pointers: [
        '/armsInterventionsModule/armGroups/0/interventionNames/1',
        '/armsInterventionsModule/armGroups/1/interventionNames/0',
      ],
      expected: {
        armsInterventionsModule: {
          armGroups: [
            { label: 'A', interventionNames: ['Drug: X', 'Drug: Y'] },
            { label: 'B', interventionNames: [] },
          ],
        },
      },
    },
    {
      name: 'a property of the wrong type, and a list item that is not an object',
      data: {
        identificationModule: { briefTitle: ['not', 'text'], acronym: 'A' },
        sponsors: [{ a: 1 }, 'x'],
      },
      pointers: ['/identificationModule/briefTitle', '/sponsors/1'],
      expected: { identificationModule: { acronym: 'A' }, sponsors: [{ a: 1 }] },
    },
    {
      name: 'a pointer that no longer leads anywhere (its parent was removed first)',
      data: { statusModule: { startDateStruct: 'soon' } },
      pointers: ['/statusModule/startDateStruct', '/statusModule/startDateStruct/date'],
      expected: { statusModule: {} },
    },
  ])('removes $name, leaving the data it was given unchanged', ({ data, pointers, expected }) => {
    const before = structuredClone(data);
    const safe = typeSafeData(
      data,
      pointers.map((pointer) => finding(pointer)),
    );
    expect(safe).toEqual(expected);
    expect(data).toEqual(before);
  });

  it('gives rules an empty trial when the document is not a mapping', () => {
    expect(typeSafeData(['a list'], [finding('')])).toEqual({});
    expect(typeSafeData(null, [])).toEqual({});
  });

  it('removes exactly what the schema rejects for its type in a real record', () => {
    const data = {
      identificationModule: { nctId: 'NCT00000001', briefTitle: 'A study' },
      conditionsModule: { conditions: ['Asthma', { nested: true }, 'COPD'], keywords: 'inhaler' },
      designModule: { enrollmentInfo: { count: 'forty' } },
    };
    const findings = validateTrialSchema(data).filter((each) => each.keyword === 'type');
    expect(findings.map((each) => each.pointer).sort()).toEqual([
      '/conditionsModule/conditions/1',
      '/conditionsModule/keywords',
      '/designModule/enrollmentInfo/count',
    ]);
    expect(typeSafeData(data, findings)).toEqual({
      identificationModule: { nctId: 'NCT00000001', briefTitle: 'A study' },
      conditionsModule: { conditions: ['Asthma', 'COPD'] },
      designModule: { enrollmentInfo: {} },
    });
  });
});
