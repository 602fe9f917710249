import { describe, expect, it } from 'vitest';
import {
  firstCriteriaHeading,
  hasCriteriaHeading,
  inclusionItems,
  splitCriteria,
} from './eligibility-criteria.js';

describe('splitCriteria', () => {
  it('splits the usual headings into inclusion and exclusion parts', () => {
    const parts = splitCriteria(
      'Inclusion Criteria:\n\n* adults\n* consent\n\nExclusion Criteria:\n\n* pregnancy',
    );
    expect(parts).toEqual([
      { kind: 'inclusion', heading: 'Inclusion Criteria', text: '* adults\n* consent' },
      { kind: 'exclusion', heading: 'Exclusion Criteria', text: '* pregnancy' },
    ]);
  });

  it('accepts heading variants and keeps text before the first heading', () => {
    const parts = splitCriteria(
      'For all cohorts:\n\n**Key Inclusion Criteria:**\n1. a\n\n## exclusion criteria\n1. b',
    );
    expect(parts?.map((part) => [part.kind, part.heading])).toEqual([
      ['other', ''],
      ['inclusion', 'Key Inclusion Criteria'],
      ['exclusion', 'exclusion criteria'],
    ]);
    expect(parts?.[0]?.text).toBe('For all cohorts:');
  });

  it('keeps repeated headings as separate parts', () => {
    const parts = splitCriteria(
      'Inclusion Criteria:\n* a\nExclusion Criteria:\n* b\nInclusion Criteria:\n* c',
    );
    expect(parts?.map((part) => part.kind)).toEqual(['inclusion', 'exclusion', 'inclusion']);
  });

  it('returns undefined without headings, or when the words are inside a sentence', () => {
    expect(splitCriteria('* adults\n* consent')).toBeUndefined();
    expect(splitCriteria('Inclusion criteria: adults over 18')).toBeUndefined();
    expect(splitCriteria('```\nInclusion Criteria:\n```')).toBeUndefined();
  });
});

describe('hasCriteriaHeading', () => {
  it.each([
    ['Inclusion Criteria:\n* adults', 'Inclusion', true],
    ['**Key Inclusion Criteria:**\n1. a', 'Inclusion', true],
    ['## Principal inclusion criteria', 'Inclusion', true],
    ['> Additional exclusion criteria', 'Exclusion', true],
    ['Intro\n\nInclusion criteria: adults over 18', 'Inclusion', true],
    ['Inclusion Criteria:\n* adults', 'Exclusion', false],
    ['Patients meeting the inclusion criteria', 'Inclusion', false],
    ['* adults\n* consent', 'Inclusion', false],
    ['Inclusion Criteria:\r\n* adults\r\nExclusion Criteria:\r\n* none', 'Exclusion', true],
  ] as const)('%j has a %s heading: %s', (text, kind, expected) => {
    expect(hasCriteriaHeading(text, kind)).toBe(expected);
  });

  it('finds every heading splitCriteria splits at, and also headings written as list items', () => {
    const texts = [
      'Inclusion Criteria:\n* a\nExclusion Criteria:\n* b',
      '**Main Inclusion Criteria**\n* a',
      '## Other exclusion criteria\n* b',
      '> Additional inclusion criteria:\n* a',
    ];
    for (const text of texts) {
      const kinds = new Set(splitCriteria(text)?.map((part) => part.kind));
      expect(hasCriteriaHeading(text, 'Inclusion'), text).toBe(kinds.has('inclusion'));
      expect(hasCriteriaHeading(text, 'Exclusion'), text).toBe(kinds.has('exclusion'));
    }
    const subHeading =
      'Inclusion Criteria:\n\n* General inclusion criteria:\n\n  * Age 18-75\n\n- exclusion criteria: none';
    expect(splitCriteria(subHeading)?.map((part) => part.heading)).toEqual(['Inclusion Criteria']);
    expect(hasCriteriaHeading(subHeading, 'Exclusion')).toBe(true);
  });

  it('reads a long run of markup without backtracking', () => {
    const text = `${'*_#> '.repeat(20_000)}x`;
    expect(hasCriteriaHeading(text, 'Inclusion')).toBe(false);
    expect(splitCriteria(text)).toBeUndefined();
  });
});

describe('inclusion items', () => {
  it('reads the inclusion part as plain items', () => {
    const text =
      'Key Inclusion Criteria:\n\n1. Age \\>= 18 years; signed consent\n2. ECOG 0\\-1. Able to swallow\n\nExclusion Criteria:\n\n* pregnancy';
    expect(inclusionItems(text)).toEqual(['Age ≥ 18 years', 'signed consent', 'ECOG 0-1', 'Able to swallow']);
  });
});

describe('firstCriteriaHeading', () => {
  it.each([
    ['Intro.\n\n**Key Inclusion Criteria:**\n* a', 'Key Inclusion Criteria'],
    ['A study of drug X. Exclusion criteria: pregnancy.', 'Exclusion criteria'],
    ['- inclusion criteria\n* adults', 'inclusion criteria'],
    ['Participants who meet the inclusion criteria will be randomized.', undefined],
  ])('%j → %s', (text, heading) => {
    expect(firstCriteriaHeading(text)).toBe(heading);
  });
});
