import { loadTrial } from '@trialyaml/core';
import { allRules, lintTrial, presetSettings } from '@trialyaml/validator';
import { describe, expect, it } from 'vitest';
import { newTrialSnippet, newTrialText, snippetToText } from './new-trial.js';

describe('the new-trial template', () => {
  it.each(['2026-11-21', '2026-12-31', '2027-01-01', '2028-02-29'])(
    'lints clean with every rule of the strict preset as of %s',
    (today) => {
      const text = newTrialText(today);
      const { result } = lintTrial(text, {
        filePath: 'new.trial.yaml',
        asOf: today,
        rules: allRules,
        settings: presetSettings('strict', allRules),
      });
      expect(result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`)).toEqual([]);
    },
  );

  it('has the schema modeline, and every module a registration needs', () => {
    const text = newTrialText('2026-11-21');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=https:\/\/\S+\.schema\.json$/);
    const loaded = loadTrial(text);
    expect(loaded.ok).toBe(true);
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
    expect(text.endsWith('\n')).toBe(true);
  });

  it('dates the draft from today: verified now, starting in two months', () => {
    const data = loadTrial(newTrialText('2026-11-21')).data as { statusModule: Record<string, unknown> };
    expect(data.statusModule).toMatchObject({
      statusVerifiedDate: '2026-11',
      overallStatus: 'NOT_YET_RECRUITING',
      startDateStruct: { date: '2027-01', type: 'ESTIMATED' },
      primaryCompletionDateStruct: { date: '2029-01', type: 'ESTIMATED' },
      completionDateStruct: { date: '2029-07', type: 'ESTIMATED' },
    });
    expect(() => newTrialSnippet('21.11.2026')).toThrow(RangeError);
  });

  it('marks the example values as numbered snippet placeholders', () => {
    const snippet = newTrialSnippet('2026-11-21');
    const numbers = [...snippet.matchAll(/\$\{(\d+):/g)].map((match) => Number(match[1]));
    expect(numbers[0]).toBe(1);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(snippet).toContain('$0');
    // `$schema` in the modeline is text, not a snippet variable.
    expect(snippet).toContain('\\$schema=');
  });
});

describe('snippetToText', () => {
  it('inserts the example values, repeats mirrors, and unescapes', () => {
    expect(snippetToText('a: ${1:one}\nb: ${2:two}\nc: ${1}\nd: \\$x \\} \\\\\n$0')).toBe(
      'a: one\nb: two\nc: one\nd: $x } \\\n',
    );
  });
});
