import { describe, expect, it } from 'vitest';
import { validateTrialSchema } from '../schema/validate-schema.js';
import { loadTrial } from '../yaml/load-trial.js';
import { newTrialDraft, newTrialSnippet, orgStudyIdProblem, snippetToText } from './new-trial-template.js';

describe('the new-trial template', () => {
  it('is valid against the schema, with dates that follow from today', () => {
    const loaded = loadTrial(newTrialDraft({ today: '2026-11-21' }));
    expect(loaded.problems).toEqual([]);
    expect(validateTrialSchema(loaded.data)).toEqual([]);
    expect(loaded.data).toMatchObject({
      statusModule: {
        statusVerifiedDate: '2026-11',
        startDateStruct: { date: '2027-02', type: 'ESTIMATED' },
        primaryCompletionDateStruct: { date: '2028-02' },
        completionDateStruct: { date: '2028-05' },
      },
    });
  });

  it('has every module a registration needs, in the registry order', () => {
    const loaded = loadTrial(newTrialDraft({ today: '2026-11-21' }));
    expect(Object.keys(loaded.data as object)).toEqual([
      'identificationModule',
      'statusModule',
      'sponsorCollaboratorsModule',
      'oversightModule',
      'descriptionModule',
      'conditionsModule',
      'designModule',
      'armsInterventionsModule',
      'outcomesModule',
      'eligibilityModule',
      'contactsLocationsModule',
      'ipdSharingStatementModule',
    ]);
  });

  it('points its modeline where it is told', () => {
    expect(newTrialDraft({ today: '2026-01-31', schemaUrl: '../schemas/trial.schema.json' })).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/schemas\/trial\.schema\.json\n/,
    );
    expect(newTrialSnippet({ today: '2026-01-31' })).toMatch(
      /^# yaml-language-server: \\\$schema=https:\/\/\S+\.schema\.json\n/,
    );
  });

  it('refuses a today that is not a day', () => {
    expect(() => newTrialSnippet({ today: '21.11.2026' })).toThrow(RangeError);
  });

  it('is the snippet with its defaults: the arm names its intervention through a mirror', () => {
    const snippet = newTrialSnippet({ today: '2026-11-21' });
    const numbers = [...snippet.matchAll(/\$\{(\d+)[:|]/g)].map((match) => Number(match[1]));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(snippet).toContain('- "Behavioral: ${24}"');
    expect(snippet).toContain('name: ${24:TBD}');
    const data = loadTrial(newTrialDraft({ today: '2026-11-21' })).data as {
      armsInterventionsModule: { armGroups: Array<{ interventionNames?: string[] }> };
    };
    expect(data.armsInterventionsModule.armGroups[0]?.interventionNames).toEqual(['Behavioral: TBD']);
  });

  it('writes nothing clinical: what only the author knows is a TBD placeholder', () => {
    const text = newTrialDraft({ today: '2026-11-21' });
    const tbd = text.split('\n').filter((line) => /:\s*TBD\b|- TBD\b|\* TBD\b/.test(line));
    expect(tbd.length).toBeGreaterThanOrEqual(15);
  });
});

describe('the template with the Unique Protocol ID', () => {
  const idOf = (text: string): unknown =>
    (loadTrial(text).data as { identificationModule: { orgStudyIdInfo: { id: unknown } } })
      .identificationModule.orgStudyIdInfo.id;

  it.each([
    ['ABC-123', 'ABC-123'],
    ['  AFT-05  ', 'AFT-05'],
    ['2024001', '2024001'],
    ['1e3', '1e3'],
    ['true', 'true'],
    ['#12: a $weird} \\ one', '#12: a $weird} \\ one'],
    ['"quoted"', '"quoted"'],
    ['Étude-ÄÖ/7', 'Étude-ÄÖ/7'],
    ['x'.repeat(30), 'x'.repeat(30)],
  ])('writes %j as the string %j, valid against the schema', (given, expected) => {
    const text = newTrialDraft({ today: '2026-11-21', orgStudyId: given });
    expect(idOf(text)).toBe(expected);
    expect(loadTrial(text).problems).toEqual([]);
    expect(validateTrialSchema(loadTrial(text).data)).toEqual([]);
  });

  it('writes the ID as it is, no placeholder: the first tab stop is the brief title', () => {
    const snippet = newTrialSnippet({ today: '2026-11-21', orgStudyId: 'ABC-123' });
    expect(snippet).toContain("    id: ABC-123 # your organization's protocol number\n");
    expect(snippet).not.toMatch(/\$\{1[:|]/);
    expect(snippet).toContain('briefTitle: ${2:TBD}');
  });

  it.each([undefined, '', '   '])('keeps the TBD placeholder without an ID (%j)', (orgStudyId) => {
    const snippet = newTrialSnippet({
      today: '2026-11-21',
      ...(orgStudyId === undefined ? {} : { orgStudyId }),
    });
    expect(snippet).toContain('    id: ${1:TBD}');
    expect(snippet).toBe(newTrialSnippet({ today: '2026-11-21' }));
  });

  it.each([
    [
      '31 characters',
      'x'.repeat(31),
      /31 characters long; the registry allows at most 30\. Shorten it by 1\./,
    ],
    ['a line break', 'ABC\n123', /one line of text/],
    ['a tab', 'ABC\t123', /one line of text/],
    ['a control character', 'ABC\u0007', /one line of text/],
  ])('refuses an ID with %s, in the registry words', (_name, id, message) => {
    expect(orgStudyIdProblem(id)).toMatch(message);
    expect(orgStudyIdProblem(id)).toContain('Unique Protocol Identification Number');
    expect(() => newTrialSnippet({ today: '2026-11-21', orgStudyId: id })).toThrow(RangeError);
  });

  it.each(['ABC-123', 'x'.repeat(30), '😀'.repeat(30), '  padded  '])('accepts %j', (id) => {
    expect(orgStudyIdProblem(id)).toBeUndefined();
  });
});

describe('snippetToText', () => {
  it.each([
    ['${1:a} and ${1}', 'a and a'],
    ['${2|x,y|} then ${2}', 'x then x'],
    ['${1|a\\,b,c|}', 'a,b'],
    ['\\$schema \\} \\\\ $0', '$schema } \\ '],
    ['${1:a \\} b}', 'a } b'],
    ['${3} before ${3:later}', 'later before later'],
  ])('%s → %s', (snippet, text) => {
    expect(snippetToText(snippet)).toBe(text);
  });
});
