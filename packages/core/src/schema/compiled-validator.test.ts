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
    schemaPath: error.schemaPath,
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

/** Every property name the schema defines, anywhere. */
function propertyNames(node: unknown, names = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const child of node) propertyNames(child, names);
  else if (node !== null && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) {
      if (key === 'properties' && child !== null && typeof child === 'object')
        for (const name of Object.keys(child)) names.add(name);
      propertyNames(child, names);
    }
  }
  return names;
}
const SCHEMA_KEYS = [
  ...propertyNames(JSON.parse(readFileSync(join(repoRoot, 'schemas/trial.schema.json'), 'utf8'))),
];

const BREAKING_VALUES: unknown[] = [42, 'x', true, null, [], {}, 'RECRUITINGG', 'a'.repeat(5000), -1, 2.5];

describe('the shipped schema validator', () => {
  const records = [
    ...sampleProtocols().map(([name, protocol]) => [name, protocol] as const),
    ...exampleFiles().map(([name, text]) => [name, loadTrial(text).data] as const),
  ];

  it.each(records)('agrees with a validator of the whole schema on %s', (_name, data) => {
    expectSameErrors(data);
  });

  it('agrees on records broken at random (wrong types, bad codes, unknown and deleted keys, long text)', () => {
    const record = fc.constantFrom(...records.map(([, data]) => data));
    // Edits: replace a value, add a key (unknown, or one the schema knows somewhere), delete a key or item.
    const edit = fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('replace', 'unknown', 'known', 'delete'));
    fc.assert(
      fc.property(record, fc.array(edit, { minLength: 1, maxLength: 4 }), (data, edits) => {
        const copy = structuredClone(data) as Record<string, unknown>;
        for (const [where, what, kind] of edits) {
          const all = paths(copy).filter((path) => path.length > 0);
          const path = all[where % all.length] ?? [];
          const last = path[path.length - 1] as string | number;
          let parent: unknown = copy;
          for (const segment of path.slice(0, -1)) parent = (parent as Record<string, unknown>)[segment];
          const target = parent as Record<string | number, unknown>;
          const value = BREAKING_VALUES[what % BREAKING_VALUES.length];
          if (kind === 'delete') {
            if (Array.isArray(target)) target.splice(Number(last), 1);
            else delete target[last];
          } else if (kind === 'replace' || Array.isArray(target)) target[last] = value;
          else
            target[kind === 'unknown' ? 'descriptio' : (SCHEMA_KEYS[what % SCHEMA_KEYS.length] ?? 'x')] =
              value;
        }
        expectSameErrors(copy);
      }),
      { numRuns: 500 },
    );
  });
});
