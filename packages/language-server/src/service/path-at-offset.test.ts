import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringifyTrial, type PathSegment, type Trial } from '@trialyaml/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { caret, example, examplesDir, samplesDir } from '../../test/helpers.js';
import { cursorContextAt, pathAtOffset, pointerAtOffset, type CursorContext } from './path-at-offset.js';

const ARMS = 'armsInterventionsModule:\n  armGroups:\n';

/** Marked text (caret `|`, or `§` where the text itself has a `|`) → what the context must contain. */
const cases: Array<[string, string, Partial<CursorContext>]> = [
  ['empty file', '|', { position: 'key', mapPath: [], prefix: '' }],
  ['a module name being typed', 'status|', { position: 'key', mapPath: [], prefix: 'status' }],
  [
    'a key being typed inside a module',
    'statusModule:\n  overall|',
    {
      position: 'key',
      mapPath: ['statusModule'],
      path: ['statusModule', 'overall'],
      prefix: 'overall',
      hasColon: false,
    },
  ],
  [
    'in the middle of a complete key',
    'statusModule:\n  overall|Status: RECRUITING\n',
    {
      position: 'key',
      path: ['statusModule', 'overallStatus'],
      key: 'overallStatus',
      prefix: 'overall',
      hasColon: true,
    },
  ],
  [
    'a value being typed',
    'statusModule:\n  overallStatus: REC|',
    { position: 'value', path: ['statusModule', 'overallStatus'], key: 'overallStatus', prefix: 'REC' },
  ],
  [
    'right after the colon',
    'statusModule:\n  overallStatus:|',
    { position: 'value', path: ['statusModule', 'overallStatus'], prefix: '' },
  ],
  [
    'a blank line between keys: siblings above and below are present',
    'statusModule:\n  overallStatus: X\n  |\n  whyStopped: Y\n',
    { position: 'key', mapPath: ['statusModule'], presentKeys: ['overallStatus', 'whyStopped'], column: 2 },
  ],
  [
    'the second list item counts its index',
    `${ARMS}    - label: A\n      type: EXPERIMENTAL\n    - label: B\n      ty|\n`,
    { position: 'key', mapPath: ['armsInterventionsModule', 'armGroups', 1], presentKeys: ['label'] },
  ],
  [
    'a list at its key column (compact)',
    'armsInterventionsModule:\n  armGroups:\n  - label: A\n  - label: B\n    ty|\n',
    { position: 'key', mapPath: ['armsInterventionsModule', 'armGroups', 1], presentKeys: ['label'] },
  ],
  [
    'a new list item after its dash',
    `${ARMS}    - label: A\n    - |`,
    { position: 'item', path: ['armsInterventionsModule', 'armGroups', 1], column: 6, dashColumn: 4 },
  ],
  [
    'a scalar list item being typed',
    'designModule:\n  phases:\n    - PHASE1\n    - PH|',
    { position: 'item', path: ['designModule', 'phases', 1], prefix: 'PH' },
  ],
  [
    'a key on the dash line of an item',
    `${ARMS}    - lab|el: A\n`,
    { position: 'key', path: ['armsInterventionsModule', 'armGroups', 0, 'label'], presentKeys: [] },
  ],
  [
    'nested lists: a location contact',
    'contactsLocationsModule:\n  locations:\n    - facility: F\n      contacts:\n        - name: A\n        - name: B\n          role: |\n    - facility: G\n',
    { position: 'value', path: ['contactsLocationsModule', 'locations', 0, 'contacts', 1, 'role'] },
  ],
  [
    'a flow list item',
    'designModule:\n  phases: [PHASE1, PH|]\n',
    { position: 'value', path: ['designModule', 'phases', 1], prefix: 'PH' },
  ],
  [
    'inside a block scalar: the whole text is the value of its key',
    'descriptionModule:\n  briefSummary: |\n    Text.\n    more: te§xt\n',
    { position: 'value', path: ['descriptionModule', 'briefSummary'], continuation: true },
  ],
  [
    'after a block scalar, back at its key column',
    'descriptionModule:\n  briefSummary: |\n    Text.\n\n  §\n',
    { position: 'key', mapPath: ['descriptionModule'], presentKeys: ['briefSummary'] },
  ],
  [
    'a continuation line of a plain multi-line value',
    'identificationModule:\n  briefTitle: A long\n    title wr|apped\n',
    { position: 'value', path: ['identificationModule', 'briefTitle'], continuation: true },
  ],
  ['in a comment', 'statusModule:\n  overallStatus: X # a com|ment\n', { position: 'none', path: [] }],
  ['in the indentation of a line', 'statusModule:\n | overallStatus: X\n', { position: 'none' }],
  [
    'quoted keys and values',
    "identificationModule:\n  \"briefTitle\": 'It''s |'\n",
    { position: 'value', path: ['identificationModule', 'briefTitle'] },
  ],
  [
    'CRLF line endings',
    'statusModule:\r\n  overallStatus: X\r\n  why|\r\n',
    { position: 'key', mapPath: ['statusModule'], presentKeys: ['overallStatus'], prefix: 'why' },
  ],
  [
    'broken YAML above does not matter',
    'statusModule:\n  overallStatus: [unclosed\n  startDateStruct:\n    date: |\n',
    { position: 'value', path: ['statusModule', 'startDateStruct', 'date'] },
  ],
  [
    'a comment and a blank line between a key and its list',
    `${ARMS}    # arms\n\n    - label: A\n      |\n`,
    { position: 'key', mapPath: ['armsInterventionsModule', 'armGroups', 0], presentKeys: ['label'] },
  ],
];

describe('cursorContextAt', () => {
  it.each(cases)('%s', (_name, marked, expected) => {
    const marker = marked.includes('§') ? '§' : '|';
    const { text, offset } = caret(marked, marker);
    expect(cursorContextAt(text, offset)).toMatchObject(expected);
  });

  it('gives the replace span of the token under the cursor', () => {
    const { text, offset } = caret('statusModule:\n  overallStatus: RECR|UITING # now\n');
    const context = cursorContextAt(text, offset);
    expect(text.slice(context.replace.start, context.replace.end)).toBe('RECRUITING');
  });

  it('never throws, whatever the offset', () => {
    for (const text of [
      '',
      '\n',
      '- - -',
      ':::',
      'a: [b, {c: d',
      '"unclosed: x',
      '\t\tkey: v',
      '---\n- a\n...',
    ]) {
      for (let offset = -1; offset <= text.length + 1; offset++)
        expect(() => cursorContextAt(text, offset)).not.toThrow();
    }
  });
});

describe('pathAtOffset and pointerAtOffset', () => {
  it.each([
    ['statusModule:\n  overallStatus: RECRU|ITING\n', '/statusModule/overallStatus'],
    [`${ARMS}    - label: A\n    - label: B|\n`, '/armsInterventionsModule/armGroups/1/label'],
    ['conditionsModule:\n  conditions:\n    - Asthma\n    - Diab|etes\n', '/conditionsModule/conditions/1'],
    ['statusModule:\n  overallStatus: X # c|omment\n', ''],
  ])('%j → %s', (marked, pointer) => {
    const { text, offset } = caret(marked);
    expect(pointerAtOffset(text, offset)).toBe(pointer);
    expect(pathAtOffset(text, offset).length).toBe(pointer === '' ? 0 : pointer.split('/').length - 1);
  });
});

/** Every scalar of a YAML document with its JSON path, from the `yaml` library's own node ranges. */
function scalarPaths(text: string): Array<{ path: PathSegment[]; start: number; end: number }> {
  const out: Array<{ path: PathSegment[]; start: number; end: number }> = [];
  const walk = (node: unknown, path: PathSegment[]): void => {
    if (isMap(node)) {
      for (const pair of node.items)
        if (isScalar(pair.key)) walk(pair.value, [...path, String(pair.key.value)]);
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => walk(item, [...path, index]));
    } else if (isScalar(node) && node.range) {
      out.push({ path, start: node.range[0], end: node.range[1] });
    }
  };
  walk(parseDocument(text).contents, []);
  return out;
}

describe('pathAtOffset agrees with the YAML parser on real records', () => {
  const files = [
    ...readdirSync(examplesDir)
      .filter((name) => name.endsWith('.trial.yaml'))
      .map((name) => [name, example(name)] as const),
    ...readdirSync(samplesDir)
      .filter((name) => name.endsWith('.json'))
      .map(
        (name) =>
          [
            name,
            stringifyTrial(
              (JSON.parse(readFileSync(join(samplesDir, name), 'utf8')) as { protocolSection: Trial })
                .protocolSection,
            ),
          ] as const,
      )
      // Each check walks up from its line: keep the quadratic test to the records under 40 KB.
      .filter(([, text]) => text.length < 40_000),
  ];
  it.each(files)('%s: every scalar value, at its first and its middle character', (_name, text) => {
    let checked = 0;
    for (const { path, start, end } of scalarPaths(text)) {
      // Inside block scalars the path is the key's value too; on a line of its own it is checked at its start.
      for (const offset of [start + 1, Math.floor((start + end) / 2)]) {
        if (offset >= end) continue;
        expect({ offset, path: pathAtOffset(text, offset) }).toEqual({ offset, path });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe('cursorContextAt on arbitrary text', () => {
  it('terminates and never throws', () => {
    const piece = fc.constantFrom(
      'a',
      'key',
      ':',
      ': ',
      '- ',
      '-',
      ' ',
      '  ',
      '\n',
      '\r\n',
      '#',
      '"',
      "'",
      '|',
      '>',
      '[',
      ']',
      '{',
      '}',
      ',',
      '\t',
      '\uFEFF',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(), (pieces, at) => {
        const text = pieces.join('');
        const context = cursorContextAt(text, at % (text.length + 1));
        expect(context.replace.start).toBeLessThanOrEqual(context.replace.end);
      }),
      { numRuns: 2000 },
    );
  });
});
