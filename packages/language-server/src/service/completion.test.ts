import {
  CompletionItemKind,
  CompletionTriggerKind,
  InsertTextFormat,
  InsertTextMode,
  type CompletionItem,
  type MarkupContent,
} from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { at, setup } from '../../test/helpers.js';

const service = setup();

function complete(
  marked: string,
  features = {},
  context?: Parameters<typeof service.getCompletions>[2],
): CompletionItem[] {
  const { document, position } = at(marked);
  return setup(features).getCompletions(document, position, context).items;
}

function labels(marked: string): string[] {
  return complete(marked).map((item) => item.label);
}

function newText(item: CompletionItem | undefined): string | undefined {
  return item?.textEdit && 'newText' in item.textEdit ? item.textEdit.newText : undefined;
}

const ARMS = 'armsInterventionsModule:\n  armGroups:\n';
const INTERVENTIONS =
  '  interventions:\n    - type: DRUG\n      name: Pembrolizumab\n    - type: DIETARY_SUPPLEMENT\n      name: Vitamin D\n';

describe('completion: which items', () => {
  // marked text → labels that must be offered, and labels that must not.
  const cases: Array<[string, string, string[], string[]]> = [
    ['module names at the top', '|', ['identificationModule', 'statusModule', 'armsInterventionsModule'], []],
    [
      'module names not already present',
      'identificationModule:\n  briefTitle: X\nstatusModule:\n  overallStatus: RECRUITING\n|',
      ['designModule'],
      ['identificationModule', 'statusModule'],
    ],
    [
      'keys of the module, not those already present',
      'statusModule:\n  overallStatus: RECRUITING\n  |\n  whyStopped: Funding\n',
      ['statusVerifiedDate', 'startDateStruct'],
      ['overallStatus', 'whyStopped'],
    ],
    ['keys while typing', 'statusModule:\n  overall|', ['overallStatus'], []],
    [
      'keys of a list item mapping',
      `${ARMS}    - label: A\n      |`,
      ['type', 'description', 'interventionNames'],
      ['label'],
    ],
    ['enum values', 'statusModule:\n  overallStatus: |', ['RECRUITING', 'COMPLETED', 'WITHDRAWN'], []],
    [
      'enum values of a list item',
      'designModule:\n  phases:\n    - PHASE1\n    - |',
      ['PHASE2', 'NA'],
      ['PHASE1'],
    ],
    ['enum values in a flow list', 'designModule:\n  phases: [PHASE1, |]', ['PHASE2'], ['PHASE1']],
    ['booleans', 'oversightModule:\n  isFdaRegulatedDrug: |', ['true', 'false'], []],
    [
      "an arm's interventionNames from the interventions defined",
      `${ARMS}    - label: A\n      interventionNames:\n        - |\n${INTERVENTIONS}`,
      ['Drug: Pembrolizumab', 'Dietary Supplement: Vitamin D'],
      [],
    ],
    [
      'interventionNames already listed are not offered again',
      `${ARMS}    - label: A\n      interventionNames:\n        - "Drug: Pembrolizumab"\n        - |\n${INTERVENTIONS}`,
      ['Dietary Supplement: Vitamin D'],
      ['Drug: Pembrolizumab'],
    ],
    [
      "an intervention's armGroupLabels from the arm labels",
      `${ARMS}    - label: Arm A\n    - label: Arm B\n  interventions:\n    - type: DRUG\n      name: X\n      armGroupLabels:\n        - |\n`,
      ['Arm A', 'Arm B'],
      [],
    ],
    ['ages', 'eligibilityModule:\n  minimumAge: |', ['18 Years', '6 Months'], []],
    [
      'age units after a number',
      'eligibilityModule:\n  maximumAge: 65 |',
      ['65 Years', '65 Months', '65 Days'],
      [],
    ],
    ['durations', 'designModule:\n  targetDuration: |', ['12 Months', '5 Years'], []],
    [
      'dates: today and this month for partial dates',
      'statusModule:\n  startDateStruct:\n    date: |',
      ['2026-11-21', '2026-11'],
      [],
    ],
    [
      'dates: only full dates where required',
      'statusModule:\n  lastUpdatePostDateStruct:\n    date: |',
      ['2026-11-21'],
      ['2026-11'],
    ],
    ['free text: nothing', 'identificationModule:\n  briefTitle: |', [], ['RECRUITING']],
    ['in a comment: nothing', 'statusModule:\n  overallStatus: X # |', [], ['RECRUITING']],
    ['inside a block scalar: nothing', 'descriptionModule:\n  briefSummary: >-\n    Some te|xt\n', [], []],
    ['unknown places: nothing', 'notAModule:\n  foo: |', [], []],
  ];

  it.each(cases)('%s', (_name, marked, wanted, unwanted) => {
    const offered = labels(marked);
    for (const label of wanted) expect(offered).toContain(label);
    for (const label of unwanted) expect(offered).not.toContain(label);
    if (!wanted.length) expect(offered).toEqual([]);
  });
});

describe('completion: what is inserted', () => {
  it('a scalar key inserts "key: "', () => {
    const item = complete('identificationModule:\n  brief|').find((i) => i.label === 'briefTitle');
    expect(newText(item)).toBe('briefTitle: ');
    expect(item?.kind).toBe(CompletionItemKind.Property);
    expect((item?.documentation as MarkupContent).value).toContain('short title');
    expect(item?.detail).toBe('Brief title');
  });

  it('an object key inserts the key and an indented new line', () => {
    const item = complete('statusModule:\n  start|').find((i) => i.label === 'startDateStruct');
    expect(newText(item)).toBe('startDateStruct:\n    ');
    expect(item?.insertTextMode).toBe(InsertTextMode.asIs);
  });

  it('a list key inserts the key and a dash on the next line', () => {
    const item = complete(`armsInterventionsModule:\n  |`).find((i) => i.label === 'armGroups');
    expect(newText(item)).toBe('armGroups:\n    - ');
  });

  it('an enum key inserts "key: " and opens the value list (labels and meanings), not a bare snippet choice', () => {
    const item = complete('statusModule:\n  overall|').find((i) => i.label === 'overallStatus');
    expect(newText(item)).toBe('overallStatus: ');
    expect(item?.insertTextFormat).toBeUndefined();
    expect(item?.command?.command).toBe('editor.action.triggerSuggest');
  });

  it('a list-of-enums key inserts the first dash and opens the value list', () => {
    const item = complete('designModule:\n  pha|').find((i) => i.label === 'phases');
    expect(newText(item)).toBe('phases:\n    - ');
    expect(item?.command?.command).toBe('editor.action.triggerSuggest');
  });

  it('a boolean key still offers true and false as a snippet choice; without snippet support, plain text', () => {
    const withSnippets = complete('oversightModule:\n  oversightHas|').find(
      (i) => i.label === 'oversightHasDmc',
    );
    expect(newText(withSnippets)).toBe('oversightHasDmc: ${1|true,false|}');
    expect(withSnippets?.insertTextFormat).toBe(InsertTextFormat.Snippet);
    const plain = complete('oversightModule:\n  oversightHas|', { snippets: false }).find(
      (i) => i.label === 'oversightHasDmc',
    );
    expect(newText(plain)).toBe('oversightHasDmc: ');
    expect(plain?.insertTextFormat).toBeUndefined();
  });

  it('a key that is not an enum opens no list', () => {
    const item = complete('identificationModule:\n  brief|').find((i) => i.label === 'briefTitle');
    expect(item?.command).toBeUndefined();
  });

  it('without insertTextMode support, indentation relative to the line', () => {
    const item = complete('statusModule:\n  start|', { insertTextModeAsIs: false }).find(
      (i) => i.label === 'startDateStruct',
    );
    expect(newText(item)).toBe('startDateStruct:\n  ');
    expect(item?.insertTextMode).toBeUndefined();
  });

  it('on a complete key only the name is replaced', () => {
    const item = complete('statusModule:\n  overall|Sta: RECRUITING\n').find(
      (i) => i.label === 'overallStatus',
    );
    expect(newText(item)).toBe('overallStatus');
  });

  it('enum values carry their label (on every row) and meaning', () => {
    const item = complete('statusModule:\n  overallStatus: |').find((i) => i.label === 'RECRUITING');
    expect(item?.kind).toBe(CompletionItemKind.EnumMember);
    expect(item?.detail).toBe('Recruiting');
    expect(item?.labelDetails).toEqual({ description: 'Recruiting' });
    expect((item?.documentation as MarkupContent).value).toContain('enrolling participants now');
  });

  it('right after the colon the value gets a space', () => {
    const item = complete('statusModule:\n  overallStatus:|').find((i) => i.label === 'RECRUITING');
    expect(newText(item)).toBe(' RECRUITING');
  });

  it('the value typed so far is replaced', () => {
    const { document, position } = at('statusModule:\n  overallStatus: recr|\n');
    const item = service.getCompletions(document, position).items.find((i) => i.label === 'RECRUITING');
    expect(item?.textEdit).toEqual({
      range: { start: { line: 1, character: 17 }, end: { line: 1, character: 21 } },
      newText: 'RECRUITING',
    });
  });

  it('cross-references are quoted where YAML needs it', () => {
    const items = complete(`${ARMS}    - label: A\n      interventionNames:\n        - |\n${INTERVENTIONS}`);
    expect(newText(items.find((i) => i.label === 'Drug: Pembrolizumab'))).toBe('"Drug: Pembrolizumab"');
  });

  it('a new list item on an empty line under a list key gets its dash', () => {
    const items = complete('designModule:\n  phases:\n    |');
    expect(newText(items.find((i) => i.label === 'PHASE1'))).toBe('- PHASE1');
  });
});

describe('completion: only the values valid for the study', () => {
  const EXPANDED_ACCESS = [
    'AVAILABLE',
    'NO_LONGER_AVAILABLE',
    'TEMPORARILY_NOT_AVAILABLE',
    'APPROVED_FOR_MARKETING',
  ];
  const STUDY = [
    'ACTIVE_NOT_RECRUITING',
    'COMPLETED',
    'ENROLLING_BY_INVITATION',
    'NOT_YET_RECRUITING',
    'RECRUITING',
    'SUSPENDED',
    'TERMINATED',
    'WITHDRAWN',
  ];
  const status = (studyType?: string): string =>
    `statusModule:\n  overallStatus: |\n${studyType ? `designModule:\n  studyType: ${studyType}\n` : ''}`;

  // study type → the statuses offered, in the schema's order.
  const cases: Array<[string, string | undefined, string[]]> = [
    ['an interventional study: the study statuses', 'INTERVENTIONAL', STUDY],
    ['an observational study: the study statuses', 'OBSERVATIONAL', STUDY],
    ['an expanded-access record: the expanded-access statuses', 'EXPANDED_ACCESS', EXPANDED_ACCESS],
    [
      'a draft without a study type: every status an author can enter',
      undefined,
      [...STUDY, ...EXPANDED_ACCESS],
    ],
  ];

  it.each(cases)('%s, never UNKNOWN or WITHHELD', (_name, studyType, expected) => {
    const offered = labels(status(studyType));
    expect(offered).toEqual(expected);
    expect(offered).not.toContain('UNKNOWN');
    expect(offered).not.toContain('WITHHELD');
  });

  it('the last known status (assigned by the registry) keeps every code', () => {
    expect(
      labels('statusModule:\n  lastKnownStatus: |\ndesignModule:\n  studyType: INTERVENTIONAL\n'),
    ).toContain('AVAILABLE');
  });

  it('other enums are not filtered', () => {
    expect(labels('designModule:\n  studyType: |\n')).toEqual([
      'EXPANDED_ACCESS',
      'INTERVENTIONAL',
      'OBSERVATIONAL',
    ]);
  });
});

describe('completion: snippets', () => {
  const cases: Array<[string, string, string]> = [
    ['arms', `${ARMS}    - |`, 'Arm (interventional study)'],
    ['interventions', 'armsInterventionsModule:\n  interventions:\n    - |', 'Intervention'],
    ['outcomes', 'outcomesModule:\n  primaryOutcomes:\n    - |', 'Outcome measure'],
    ['locations', 'contactsLocationsModule:\n  locations:\n    - |', 'US site'],
    ['central contacts', 'contactsLocationsModule:\n  centralContacts:\n    - |', 'Enrollment contact'],
    [
      'location contacts',
      'contactsLocationsModule:\n  locations:\n    - facility: F\n      contacts:\n        - |',
      'Enrollment contact',
    ],
  ];

  it.each(cases)('%s', (_name, marked, label) => {
    const item = complete(marked).find((i) => i.label === label);
    expect(item?.kind).toBe(CompletionItemKind.Snippet);
    expect(item?.insertTextFormat).toBe(InsertTextFormat.Snippet);
  });

  it('an arm snippet is YAML indented under its dash, with quoted placeholders where needed', () => {
    const item = complete(`${ARMS}    - |`).find((i) => i.label === 'Arm (interventional study)');
    expect(newText(item)).toBe(
      [
        'label: ${1:Drug X 10 mg}',
        '      type: ${2|EXPERIMENTAL,ACTIVE_COMPARATOR,PLACEBO_COMPARATOR,SHAM_COMPARATOR,NO_INTERVENTION,OTHER|}',
        '      description: ${3:Participants receive drug X 10 mg orally once daily for 12 weeks.}',
        '      interventionNames:',
        '        - "${4:Drug: Drug X}"',
      ].join('\n'),
    );
  });

  it('on an empty line under the list key the snippet brings its dash', () => {
    const item = complete('armsInterventionsModule:\n  interventions:\n    |').find(
      (i) => i.label === 'Intervention',
    );
    expect(newText(item)).toMatch(/^- type: \$\{1\|DRUG,/);
    expect(newText(item)).toContain('\n      name: ${2:Drug X}');
  });

  it('a location snippet nests its contacts list', () => {
    const item = complete('contactsLocationsModule:\n  locations:\n    - |').find(
      (i) => i.label === 'US site',
    );
    expect(newText(item)).toContain(
      '\n      contacts:\n        - name: ${6:Contact name}\n          role: CONTACT',
    );
  });
});

describe('completion: trigger characters', () => {
  const typed = (character: string) => ({
    triggerKind: CompletionTriggerKind.TriggerCharacter,
    triggerCharacter: character,
  });

  it('a space after "key:" lists the values', () => {
    expect(complete('statusModule:\n  overallStatus: |', {}, typed(' ')).map((i) => i.label)).toContain(
      'RECRUITING',
    );
  });

  it('a space in running text lists nothing', () => {
    expect(complete('statusModule:\n  whyStopped: Lack of |', {}, typed(' '))).toEqual([]);
  });

  it('a space while indenting lists nothing', () => {
    expect(complete('statusModule:\n  |', {}, typed(' '))).toEqual([]);
  });
});
