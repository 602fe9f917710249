import { Ajv, type ErrorObject } from 'ajv';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANNOTATION_KEYWORDS } from '../../scripts/prepare-generated.mjs';
import { exampleFiles, repoRoot, sampleProtocols } from '../../test/paths.js';
import { validate } from '../generated/validate-trial.js';
import { loadTrial } from '../yaml/load-trial.js';

// The shipped validator is compiled from the schema without editor-only annotations. It must report exactly
// what a validator of the whole schema reports, with the parts of each error that messages read.
const fullSchemaValidator = (() => {
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true });
  ajv.addVocabulary(ANNOTATION_KEYWORDS);
  return ajv.compile(JSON.parse(readFileSync(join(repoRoot, 'schemas/trial.schema.json'), 'utf8')));
})();

/** An error as humanizeErrors reads it (of `parentSchema`: enum, x-enumLabels, property names, type). */
function asRead(error: ErrorObject): unknown {
  const parent = (error.parentSchema ?? {}) as Record<string, unknown>;
  return {
    instancePath: error.instancePath,
    keyword: error.keyword,
    params: error.params,
    message: error.message,
    data: error.data,
    parent: {
      enum: parent.enum,
      enumLabels: parent['x-enumLabels'],
      properties: Object.keys((parent.properties as object | undefined) ?? {}),
      type: parent.type,
    },
  };
}

function expectSameErrors(data: unknown): void {
  const shippedValid = validate(data);
  const fullValid = fullSchemaValidator(data);
  expect(shippedValid).toBe(fullValid);
  expect((validate.errors ?? []).map(asRead)).toEqual((fullSchemaValidator.errors ?? []).map(asRead));
}

/** Every path to a value inside `data`. */
function paths(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  const children =
    Array.isArray(value) || (value !== null && typeof value === 'object')
      ? Object.entries(value).flatMap(([key, child]) =>
          paths(child, [...path, Array.isArray(value) ? Number(key) : key]),
        )
      : [];
  return [path, ...children];
}

const BREAKING_VALUES: unknown[] = [42, 'x', true, null, [], {}, 'RECRUITINGG', 'a'.repeat(5000), -1, 2.5];

describe('the shipped schema validator', () => {
  const records = [
    ...sampleProtocols().map(([name, protocol]) => [name, protocol] as const),
    ...exampleFiles().map(([name, text]) => [name, loadTrial(text).data] as const),
  ];

  it.each(records)('agrees with a validator of the whole schema on %s', (_name, data) => {
    expectSameErrors(data);
  });

  it('agrees on records with values broken at random (wrong types, bad codes, unknown keys, long text)', () => {
    const record = fc.constantFrom(...records.map(([, data]) => data));
    fc.assert(
      fc.property(
        record,
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { minLength: 1, maxLength: 4 }),
        (data, edits) => {
          const copy = structuredClone(data) as Record<string, unknown>;
          for (const [where, what, addKey] of edits) {
            const all = paths(copy).filter((path) => path.length > 0);
            const path = all[where % all.length] ?? [];
            const last = path[path.length - 1] as string | number;
            let parent: unknown = copy;
            for (const segment of path.slice(0, -1)) parent = (parent as Record<string, unknown>)[segment];
            const target = parent as Record<string | number, unknown>;
            if (addKey && !Array.isArray(target))
              target.descriptio = BREAKING_VALUES[what % BREAKING_VALUES.length];
            else target[last] = BREAKING_VALUES[what % BREAKING_VALUES.length];
          }
          expectSameErrors(copy);
        },
      ),
      { numRuns: 300 },
    );
  });
});
