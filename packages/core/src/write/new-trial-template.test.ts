import { describe, expect, it } from 'vitest';
import { validateTrialSchema } from '../schema/validate-schema.js';
import { loadTrial } from '../yaml/load-trial.js';
import { newTrialDraft, newTrialSnippet, snippetToText } from './new-trial-template.js';

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
