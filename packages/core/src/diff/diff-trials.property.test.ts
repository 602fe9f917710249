// Property test of the semantic diff on the real registry samples: random edits of fields, list items and set
// members, then random reordering of every list and random key order, comments and quoting in the YAML text. The
// diff must report exactly the edits: each edited pointer, and nothing the reordering or formatting touched.
// Seeded and bounded by counts, so a failure reproduces.
import { describe, expect, it } from 'vitest';
import { sampleProtocols } from '../../test/paths.js';
import { prng, randomlyFormatted, reorderLists } from '../../test/trial-variants.js';
import { isPlainObject } from '../object.js';
import { encodePointer, type PathSegment } from '../pointer.js';
import { resolveSchema } from '../schema/schema-navigator.js';
import type { SchemaNode } from '../schema/schema-node.js';
import { trialSchema } from '../schema/trial-schema.js';
import { loadTrial } from '../yaml/load-trial.js';
import { diffTrials } from './diff-trials.js';
import { identityFields, itemIdentity } from './identity.js';
import { normalizeValue } from './normalize.js';

/** Runs per sample; the one very large record (1,148 sites) gets fewer, as writing its YAML dominates. */
const RUNS_PER_SAMPLE = 12;
const RUNS_PER_LARGE_SAMPLE = 3;
const LARGE_SAMPLE_CHARS = 100_000;
const MAX_EDITS = 6;

type Container = Record<string, unknown> | unknown[];

/** An expected change, resolved to its pointer once every edit and reordering is done (undefined: superseded). */
type Expected = (paths: Map<object, PathSegment[]>) => string | undefined;

function child(schema: SchemaNode | undefined, key: string): SchemaNode | undefined {
  const node = schema?.properties?.[key];
  return node ? resolveSchema(node) : undefined;
}

const present = (value: unknown, schema: SchemaNode | undefined): boolean =>
  normalizeValue(value, schema) !== undefined;

/** Every object and list reachable from the root, with its path. */
function pathsOf(root: unknown): Map<object, PathSegment[]> {
  const paths = new Map<object, PathSegment[]>();
  const walk = (value: unknown, path: PathSegment[]): void => {
    if (Array.isArray(value)) {
      paths.set(value, path);
      value.forEach((item, index) => walk(item, [...path, index]));
    } else if (isPlainObject(value)) {
      paths.set(value, path);
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    }
  };
  walk(root, []);
  return paths;
}

/** Where edits may go: objects and lists that the diff can pair with their original unambiguously. */
interface Spot {
  value: Container;
  path: PathSegment[];
  schema: SchemaNode | undefined;
  /** For a list item: the fields that identify it (not edited, so that it stays the same item). */
  identity: readonly string[];
}

function editableSpots(root: Record<string, unknown>, original: Record<string, unknown>): Spot[] {
  const spots: Spot[] = [];
  const originalIds = new Map<string, Set<string>>();
  const walk = (
    value: unknown,
    path: PathSegment[],
    schema: SchemaNode | undefined,
    identity: readonly string[],
  ): void => {
    if (schema?.['x-system']) return;
    if (Array.isArray(value)) {
      spots.push({ value, path, schema, identity: [] });
      const items = schema?.items ? resolveSchema(schema.items) : undefined;
      const keys = value.map((item) => itemIdentity(path, item));
      value.forEach((item, index) => {
        const key = keys[index];
        // Only items that one identity names, in the file and in the original, are edited inside.
        if (key === undefined || keys.indexOf(key) !== keys.lastIndexOf(key)) return;
        const listKey = JSON.stringify(path.filter((s) => typeof s === 'string'));
        if (originalIds.get(`${listKey}${key}`)?.size !== 1) return;
        walk(item, [...path, index], items, identityFields(path));
      });
    } else if (isPlainObject(value)) {
      spots.push({ value, path, schema, identity });
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key], child(schema, key), []);
    }
  };
  // Identities in the original: an item whose identity the original repeats is never edited.
  const count = (value: unknown, path: PathSegment[]): void => {
    if (Array.isArray(value)) {
      const listKey = JSON.stringify(path.filter((s) => typeof s === 'string'));
      value.forEach((item, index) => {
        const key = itemIdentity(path, item);
        if (key !== undefined) {
          const seen = originalIds.get(`${listKey}${key}`) ?? new Set<string>();
          seen.add(`${JSON.stringify(path)}/${index}`);
          originalIds.set(`${listKey}${key}`, seen);
        }
        count(item, [...path, index]);
      });
    } else if (isPlainObject(value))
      for (const [key, item] of Object.entries(value)) count(item, [...path, key]);
  };
  count(original, []);
  walk(root, [], resolveSchema(trialSchema), []);
  return spots;
}

/** Applies up to MAX_EDITS random semantic edits to `after`; returns what the diff must report. */
function editRandomly(
  after: Record<string, unknown>,
  original: Record<string, unknown>,
  random: () => number,
): Expected[] {
  const originalPaths = pathsOf(after); // `after` is still a copy of the original here
  const touched = new Set<string>();
  const fresh = new WeakSet<object>();
  const expected: Expected[] = [];
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
  const edits = 1 + Math.floor(random() * MAX_EDITS);
  let counter = 0;
  for (let edit = 0; edit < edits; edit++) {
    const spots = editableSpots(after, original).filter(
      (spot) => originalPaths.has(spot.value) && !fresh.has(spot.value),
    );
    const objects = spots.filter(
      (spot): spot is Spot & { value: Record<string, unknown> } => !Array.isArray(spot.value),
    );
    const lists = spots.filter((spot): spot is Spot & { value: unknown[] } => Array.isArray(spot.value));
    const unique = `edit ${++counter} ${Math.floor(random() * 1e6)}`;
    const kind = pick([
      'change',
      'change',
      'remove-field',
      'add-field',
      'remove-item',
      'add-item',
      'set',
    ] as const)!;
    if (kind === 'change' || kind === 'remove-field') {
      const choices = objects.flatMap((spot) =>
        Object.keys(spot.value)
          .filter((key) => !spot.identity.includes(key) && !touched.has(`${encodePointer(spot.path)}/${key}`))
          .filter((key) => present(spot.value[key], child(spot.schema, key)))
          .filter(
            (key) =>
              kind === 'remove-field' || ['string', 'number', 'boolean'].includes(typeof spot.value[key]),
          )
          .filter(
            () =>
              kind === 'change' ||
              Object.keys(spot.value).filter((key) => present(spot.value[key], child(spot.schema, key)))
                .length >= 2,
          )
          .map((key) => ({ spot, key })),
      );
      const choice = pick(choices);
      if (!choice) continue;
      const { spot, key } = choice;
      touched.add(`${encodePointer(spot.path)}/${key}`);
      const holder = spot.value;
      if (kind === 'change') {
        const value = holder[key];
        holder[key] =
          typeof value === 'string'
            ? `${value} (${unique})`
            : typeof value === 'number'
              ? value + 1 + counter
              : !value;
        expected.push((paths) =>
          key in holder && paths.has(holder)
            ? `changed ${encodePointer([...paths.get(holder)!, key])}`
            : undefined,
        );
      } else {
        delete holder[key];
        const at = `removed ${encodePointer([...originalPaths.get(holder)!, key])}`;
        expected.push((paths) => (paths.has(holder) ? at : undefined));
      }
    } else if (kind === 'add-field') {
      const choices = objects.flatMap((spot) =>
        Object.entries(spot.schema?.properties ?? {})
          .filter(([key, node]) => {
            const schema = resolveSchema(node);
            return (
              !schema['x-system'] &&
              !spot.identity.includes(key) &&
              ['string', 'integer', 'boolean'].includes(schema.type ?? '') &&
              !present(spot.value[key], schema) &&
              !touched.has(`${encodePointer(spot.path)}/${key}`)
            );
          })
          .map(([key, node]) => ({ spot, key, type: resolveSchema(node).type })),
      );
      const choice = pick(choices);
      if (!choice) continue;
      const holder = choice.spot.value;
      touched.add(`${encodePointer(choice.spot.path)}/${choice.key}`);
      holder[choice.key] =
        choice.type === 'integer' ? counter * 7 : choice.type === 'boolean' ? random() < 0.5 : unique;
      expected.push((paths) =>
        paths.has(holder) ? `added ${encodePointer([...paths.get(holder)!, choice.key])}` : undefined,
      );
    } else if (kind === 'remove-item') {
      const choices = lists.flatMap((spot) =>
        spot.value.length < 2
          ? []
          : spot.value
              .map((item, index) => ({ spot, item, index }))
              .filter(
                ({ item }) =>
                  isPlainObject(item) && originalPaths.has(item) && spots.some((s) => s.value === item),
              ),
      );
      const choice = pick(choices);
      if (!choice) continue;
      const list = choice.spot.value;
      list.splice(choice.index, 1);
      const at = `removed ${encodePointer(originalPaths.get(choice.item as object)!)}`;
      expected.push((paths) => (paths.has(list) ? at : undefined));
    } else if (kind === 'add-item') {
      const choice = pick(
        lists.filter((spot) => identityFields(spot.path).length && spot.value.some(isPlainObject)),
      );
      if (!choice) continue;
      const item = Object.fromEntries(
        identityFields(choice.path).map((field, index) => [field, `${unique} ${field} ${index}`]),
      );
      fresh.add(item);
      choice.value.push(item);
      expected.push((paths) => (paths.has(item) ? `added ${encodePointer(paths.get(item)!)}` : undefined));
    } else {
      const choice = pick(
        lists.filter((spot) => spot.value.length && spot.value.every((item) => typeof item === 'string')),
      );
      if (!choice) continue;
      const list = choice.value as string[];
      const originalList = originalPaths.has(list)
        ? (getAt(original, originalPaths.get(list)!) as string[])
        : [];
      const removable = list.filter(
        (value) =>
          list.indexOf(value) === list.lastIndexOf(value) &&
          originalList.filter((v) => v === value).length === 1 &&
          present(value, undefined),
      );
      if (list.length >= 2 && removable.length && random() < 0.5) {
        const value = pick(removable)!;
        list.splice(list.indexOf(value), 1);
        const at = `removed ${encodePointer([...originalPaths.get(list)!, originalList.indexOf(value)])}`;
        expected.push((paths) => (paths.has(list) ? at : undefined));
      } else {
        list.push(unique);
        expected.push((paths) =>
          paths.has(list) ? `added ${encodePointer([...paths.get(list)!, list.indexOf(unique)])}` : undefined,
        );
      }
    }
  }
  return expected;
}

function getAt(root: unknown, path: readonly PathSegment[]): unknown {
  let current = root;
  for (const segment of path) current = (current as Record<string, unknown>)[segment as string];
  return current;
}

describe('diffTrials on edited and reordered registry records', () => {
  const samples = sampleProtocols();

  it('has samples with lists to reorder', () => {
    expect(samples.length).toBeGreaterThanOrEqual(16);
  });

  // Generous: the largest record takes seconds on a busy 2-core machine.
  it.each(samples)('%s: reports exactly the edited pointers', { timeout: 180_000 }, (name, protocol) => {
    const seed = [...name].reduce((sum, char) => sum * 31 + char.charCodeAt(0), 7) >>> 0;
    const random = prng(seed);
    let reported = 0;
    const runs =
      JSON.stringify(protocol).length > LARGE_SAMPLE_CHARS ? RUNS_PER_LARGE_SAMPLE : RUNS_PER_SAMPLE;
    for (let run = 0; run < runs; run++) {
      const after = structuredClone(protocol);
      const expected = editRandomly(after, protocol, random);
      reorderLists(after, random);
      const text = randomlyFormatted(after, random);
      const loaded = loadTrial(text);
      expect(loaded.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
      const finalPaths = pathsOf(after);
      const want = [
        ...new Set(expected.map((resolve) => resolve(finalPaths)).filter((at) => at !== undefined)),
      ].sort();
      const got = diffTrials(protocol, loaded.data)
        .map((change) => `${change.change} ${change.pointer}`)
        .sort();
      expect(got, `${name}, run ${run}`).toEqual(want);
      // Without edits the same reordering and formatting give no difference at all.
      const unedited = loadTrial(randomlyFormatted(reorderedCopy(protocol, random), random));
      expect(unedited.problems).toEqual([]);
      expect(diffTrials(protocol, unedited.data)).toEqual([]);
      reported += got.length;
    }
    expect(reported).toBeGreaterThan(0);
  });
});

function reorderedCopy(protocol: unknown, random: () => number): unknown {
  const copy = structuredClone(protocol);
  reorderLists(copy, random);
  return copy;
}
