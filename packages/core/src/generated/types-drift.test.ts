import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateTypes, typesPath } from '../../scripts/generate-types.mjs';

describe('generated types', () => {
  it('match schemas/trial.schema.json (run `npm run generate` in packages/core after changing the schema)', async () => {
    const expected = (await generateTypes()) as string;
    expect(readFileSync(typesPath as string, 'utf8')).toBe(expected);
  });
});
