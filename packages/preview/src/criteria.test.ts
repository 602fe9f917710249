import { describe, expect, it } from 'vitest';
import { splitCriteria } from './criteria.js';

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
