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
      // Outside the trial schema there are no form labels: the field is named by its path.
      ['/contact/email', 'contact.email must be text matching @; it is the text "nobody".'],
    ]);
  });

  it('falls back to one summary when no branch gets inside the value', () => {
    expect(validate({ contact: 3 })).toBe(false);
    const findings = humanizeErrors(validate.errors ?? [], new Map());
    expect(findings).toHaveLength(1);
    expect(findings[0]?.pointer).toBe('/contact');
  });
});

describe('field names', () => {
  const ajv = new Ajv({ allErrors: true, verbose: true });

  it('name a trial field by its form label, then its path, and a missing key by its label', () => {
    const validate = ajv.compile({
      type: 'object',
      properties: { identificationModule: { type: 'object', required: ['briefTitle'] } },
    });
    expect(validate({ identificationModule: {} })).toBe(false);
    expect(humanizeErrors(validate.errors ?? [], new Map()).map((finding) => finding.message)).toEqual([
      'Study Identification (identificationModule) is missing Brief Title (briefTitle).',
    ]);
  });

  it('call the top level "the file" and quote a missing key the forms do not name', () => {
    const validate = ajv.compile({ type: 'object', required: ['noSuchKey'] });
    expect(validate({})).toBe(false);
    expect(humanizeErrors(validate.errors ?? [], new Map()).map((finding) => finding.message)).toEqual([
      'The file is missing "noSuchKey".',
    ]);
  });
});
