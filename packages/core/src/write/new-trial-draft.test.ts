import { describe, expect, it } from 'vitest';
import { validateTrialSchema } from '../schema/validate-schema.js';
import { loadTrial } from '../yaml/load-trial.js';
import { newTrialDraft } from './new-trial-draft.js';

describe('newTrialDraft', () => {
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

  it('points its modeline where it is told', () => {
    expect(newTrialDraft({ today: '2026-01-31', schemaUrl: '../schemas/trial.schema.json' })).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/schemas\/trial\.schema\.json\n/,
    );
  });
});
