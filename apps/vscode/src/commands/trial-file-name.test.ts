import { describe, expect, it } from 'vitest';
import { fileStemOf, trialFileName } from './trial-file-name.js';

describe('fileStemOf: the protocol ID as a file name', () => {
  it.each([
    ['ABC-123', 'ABC-123'],
    ['  AFT-05 ', 'AFT-05'],
    ['NCI/2024:17', 'NCI-2024-17'],
    ['Protocol 12 (v2)', 'Protocol-12-v2'],
    ['Étude_7.1', 'Étude_7.1'],
    ['..hidden', 'hidden'],
    ['a<>:"|?*b', 'a-b'],
    ['///', 'draft'],
    ['', 'draft'],
    [undefined, 'draft'],
  ])('%j → %j', (id, stem) => {
    expect(fileStemOf(id)).toBe(stem);
  });

  it.each(['ABC-123', 'NCI/2024:17', 'a\\b', ' x ', '-.-', '\u0007ID'])(
    'names a file New Trial accepts (%j)',
    (id) => {
      expect(trialFileName(fileStemOf(id))).toEqual({ name: `${fileStemOf(id)}.trial.yaml` });
    },
  );
});

describe('trialFileName', () => {
  it.each([
    ['ABC-123', { name: 'ABC-123.trial.yaml' }],
    ['ABC-123.yaml', { name: 'ABC-123.trial.yaml' }],
    ['ABC-123.trial.yml', { name: 'ABC-123.trial.yml' }],
  ])('%j → %j', (typed, expected) => {
    expect(trialFileName(typed)).toEqual(expected);
  });

  it.each(['', 'a/b', 'a:b', '..'])('refuses %j', (typed) => {
    expect(trialFileName(typed)).toHaveProperty('problem');
  });
});
