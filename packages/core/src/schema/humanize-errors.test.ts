import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { humanizeErrors } from './humanize-errors.js';

// The trial schema has no oneOf/anyOf today; this guards the rule for when it does (and for other schemas).
const schema = {
  type: 'object',
  properties: {
    contact: {
      oneOf: [
        {
          type: 'object',
          required: ['email'],
          properties: { email: { type: 'string', pattern: '@' } },
          additionalProperties: false,
        },
        {
          type: 'object',
          required: ['phone'],
          properties: { phone: { type: 'string' } },
          additionalProperties: false,
        },
      ],
    },
  },
};

describe('oneOf/anyOf findings', () => {
  const ajv = new Ajv({ allErrors: true, verbose: true });
  const validate = ajv.compile(schema);

  it('reports the cause inside the branch that matched best, at the child that is wrong', () => {
    expect(validate({ contact: { email: 'nobody' } })).toBe(false);
    const findings = humanizeErrors(validate.errors ?? [], new Map());
    expect(findings.map((finding) => [finding.pointer, finding.message])).toEqual([
      ['/contact/email', 'email must be text matching @; it is the text "nobody".'],
    ]);
  });

  it('falls back to one summary when no branch gets inside the value', () => {
    expect(validate({ contact: 3 })).toBe(false);
    const findings = humanizeErrors(validate.errors ?? [], new Map());
    expect(findings).toHaveLength(1);
    expect(findings[0]?.pointer).toBe('/contact');
  });
});
