import { describe, expect, it } from 'vitest';
import { ANNOTATION_KEYWORDS } from '../../scripts/prepare-generated.mjs';
import { SCHEMA_ANNOTATION_KEYWORDS, trialSchema } from './trial-schema.js';

describe('the trial schema', () => {
  it('is compiled at build time with the same annotation keywords the runtime knows', () => {
    expect([...ANNOTATION_KEYWORDS].sort()).toEqual([...SCHEMA_ANNOTATION_KEYWORDS].sort());
  });

  it('carries a versioned $id', () => {
    expect(trialSchema.$id).toMatch(/\/v\d+\/trial\.schema\.json$/);
  });
});
