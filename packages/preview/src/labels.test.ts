import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LABELS, labelOf } from './labels.js';

interface Schema {
  definitions: Record<string, { enum?: string[] }>;
}

const schema = JSON.parse(
  readFileSync(new URL('../../../schemas/trial.schema.json', import.meta.url), 'utf8'),
) as Schema;

const enums = Object.entries(schema.definitions).filter((entry): entry is [string, { enum: string[] }] =>
  Array.isArray(entry[1].enum),
);

describe('labels', () => {
  it('covers every enum of the schema', () => {
    expect(enums.length).toBeGreaterThan(20);
    for (const [name, definition] of enums) {
      expect(Object.keys(LABELS), `enum ${name}`).toContain(name);
      const table = (LABELS as Record<string, Record<string, string>>)[name] ?? {};
      expect(Object.keys(table).sort(), `codes of ${name}`).toEqual([...definition.enum].sort());
    }
  });

  it('uses the registry wording', () => {
    expect(labelOf('Status', 'ACTIVE_NOT_RECRUITING')).toBe('Active, not recruiting');
    expect(labelOf('Phase', 'NA')).toBe('Not Applicable');
    expect(labelOf('DateType', 'ESTIMATED')).toBe('Estimated');
    expect(labelOf('EnrollmentType', 'ESTIMATED')).toBe('Estimated');
    expect(labelOf('DesignMasking', 'NONE')).toBe('None (Open Label)');
    expect(labelOf('InterventionType', 'DIETARY_SUPPLEMENT')).toBe('Dietary Supplement');
  });

  it('has no label for an unknown code or an inherited property', () => {
    expect(labelOf('Status', 'NOPE')).toBeUndefined();
    expect(labelOf('Status', 'toString')).toBeUndefined();
  });
});
