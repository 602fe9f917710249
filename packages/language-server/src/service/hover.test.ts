import type { MarkupContent } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { at, setup } from '../../test/helpers.js';

const service = setup();

function hoverText(marked: string, features = {}): string | undefined {
  const { document, position } = at(marked);
  const hover = setup(features).getHover(document, position);
  return hover ? (hover.contents as MarkupContent).value : undefined;
}

describe('hover', () => {
  // marked text → fragments the hover must show.
  const cases: Array<[string, string, string[]]> = [
    [
      'a key: title and documentation',
      'statusModule:\n  overall|Status: RECRUITING\n',
      ['**Overall recruitment status**', 'recruitment status of the study'],
    ],
    [
      'an enum value: its meaning',
      'statusModule:\n  overallStatus: RECR|UITING\n',
      [
        '`RECRUITING`: **Recruiting** — The study is enrolling participants now.',
        '**Overall recruitment status**',
      ],
    ],
    ['an enum list item', 'designModule:\n  phases:\n    - PHA|SE2\n', ['`PHASE2`', '**Phase 2**']],
    [
      'a limited field: the limit and the current length',
      'identificationModule:\n  briefTitle: Twelve c|hars\n',
      ['Limit: 300 characters (this value: 12)'],
    ],
    [
      'a limited field over its limit',
      `identificationModule:\n  acronym: ABCDEFGHIJKLMNO|PQRSTUV\n`,
      ['Limit: 14 characters (this value: 22 — 8 over the limit)'],
    ],
    [
      'the registry definition link',
      'statusModule:\n  overall|Status: X\n',
      ['(https://clinicaltrials.gov/policy/protocol-definitions#OverallStatus)'],
    ],
    ['a module', 'status|Module:\n  overallStatus: X\n', ['**Study status**']],
    [
      'a list item',
      'armsInterventionsModule:\n  armGroups:\n    - lab|el: A\n',
      ['**Arm/group title**', 'Limit: 100 characters (this value: 1)'],
    ],
    [
      'inside a block scalar',
      'descriptionModule:\n  briefSummary: >-\n    Some te|xt\n',
      ['**Brief summary**', 'Limit: 5000 characters (this value: 9)'],
    ],
  ];

  it.each(cases)('%s', (_name, marked, fragments) => {
    const text = hoverText(marked);
    for (const fragment of fragments) expect(text).toContain(fragment);
  });

  it.each([
    ['an unknown key', 'statusModule:\n  notAField|: X\n'],
    ['a comment', '# a com|ment\n'],
    ['an empty line at the top', '|\n'],
  ])('nothing on %s', (_name, marked) => {
    expect(hoverText(marked)).toBeUndefined();
  });

  it('the hover range covers the token', () => {
    const { document, position } = at('statusModule:\n  overallStatus: RECR|UITING\n');
    expect(service.getHover(document, position)?.range).toEqual({
      start: { line: 1, character: 17 },
      end: { line: 1, character: 27 },
    });
  });

  it('plain text for clients without Markdown', () => {
    const { document, position } = at('statusModule:\n  overallStatus: RECR|UITING\n');
    const hover = setup({ markdown: false }).getHover(document, position);
    expect(hover?.contents).toMatchObject({ kind: 'plaintext' });
    expect((hover?.contents as MarkupContent).value).toContain(
      'RECRUITING: Recruiting — The study is enrolling',
    );
  });
});
