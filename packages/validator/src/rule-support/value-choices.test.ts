import { describe, expect, it } from 'vitest';
import { valueChoices } from './value-choices.js';

describe('valueChoices', () => {
  it('lists values with their registry labels, joined with "or" by default', () => {
    expect(
      valueChoices('/designModule/designInfo/observationalModel', ['COHORT', 'CASE_ONLY', 'OTHER']),
    ).toBe('Cohort (COHORT), Case-Only (CASE_ONLY) or Other (OTHER)');
  });

  it('joins with "and" when asked, and shows an unknown code as it is', () => {
    expect(valueChoices('/eligibilityModule/stdAges', ['ADULT', 'MADE_UP'], 'and')).toBe(
      'Adult (ADULT) and MADE_UP',
    );
  });
});
