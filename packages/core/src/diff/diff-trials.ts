import { fieldLabel, formSection } from '../labels/field-labels.js';
import { isPlainObject } from '../object.js';
import { encodePointer, type PathSegment } from '../pointer.js';
import { resolveSchema } from '../schema/schema-navigator.js';
import type { SchemaNode } from '../schema/schema-node.js';
import { trialSchema } from '../schema/trial-schema.js';
import { describeItem, itemIdentity } from './identity.js';
import { matchItems } from './match-items.js';
import { canonicalText, normalizeValue, sameScalar } from './normalize.js';
import type { ChangeKind, TrialChange } from './types.js';

/** Where a value sits on each side: its path in the other version and in the file, and the list items passed. */
interface Place {
  beforePath: PathSegment[];
  afterPath: PathSegment[];
  beforeContext: string[];
  afterContext: string[];
}

function childSchema(schema: SchemaNode | undefined, key: string): SchemaNode | undefined {
  const child = schema?.properties?.[key];
  return child ? resolveSchema(child) : undefined;
}

/** Mapping keys in the registry's order (the schema's), keys the schema does not know after them. */
function keysInFormOrder(
  schema: SchemaNode | undefined,
  ...objects: Array<Record<string, unknown>>
): string[] {
  const present = new Set(objects.flatMap((object) => Object.keys(object)));
  const known = Object.keys(schema?.properties ?? {}).filter((key) => present.has(key));
  const knownSet = new Set(known);
  return [...known, ...[...present].filter((key) => !knownSet.has(key))];
}

class ChangeCollector {
  readonly changes: TrialChange[] = [];

  add(change: ChangeKind, place: Place, before: unknown, after: unknown): void {
    const path = change === 'removed' ? place.beforePath : place.afterPath;
    const lastKey = [...path].reverse().find((segment): segment is string => typeof segment === 'string');
    const module = typeof path[0] === 'string' ? path[0] : '';
    this.changes.push({
      pointer: encodePointer(path),
      change,
      before: before ?? null,
      after: after ?? null,
      label: fieldLabel(path) ?? lastKey ?? '',
      section: formSection(path)?.label ?? module,
      context: change === 'removed' ? place.beforeContext : place.afterContext,
    });
  }
}

function compare(
  before: unknown,
  after: unknown,
  place: Place,
  schema: SchemaNode | undefined,
  out: ChangeCollector,
): void {
  if (before === undefined && after === undefined) return;
  if (before === undefined) return out.add('added', place, undefined, after);
  if (after === undefined) return out.add('removed', place, before, undefined);
  if (isPlainObject(before) && isPlainObject(after)) {
    for (const key of keysInFormOrder(schema, after, before)) {
      compare(
        before[key],
        after[key],
        {
          ...place,
          beforePath: [...place.beforePath, key],
          afterPath: [...place.afterPath, key],
        },
        childSchema(schema, key),
        out,
      );
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const items = schema?.items ? resolveSchema(schema.items) : undefined;
    const scalar = (item: unknown): boolean => !isPlainObject(item) && !Array.isArray(item);
    if ((before as unknown[]).every(scalar) && (after as unknown[]).every(scalar))
      return compareTextSet(before, after, place, out);
    return compareItems(before, after, place, items, out);
  }
  if (isPlainObject(before) || isPlainObject(after) || Array.isArray(before) || Array.isArray(after))
    return out.add('changed', place, before, after);
  if (!sameScalar(before, after)) out.add('changed', place, before, after);
}

/** A list of codes or names (conditions, keywords, phases, ...): a set, where order is not a difference. */
function compareTextSet(
  before: readonly unknown[],
  after: readonly unknown[],
  place: Place,
  out: ChangeCollector,
): void {
  const unmatched = new Map<string, number[]>();
  before.forEach((item, index) => {
    const text = canonicalText(item);
    const list = unmatched.get(text);
    if (list) list.push(index);
    else unmatched.set(text, [index]);
  });
  after.forEach((item, index) => {
    if (unmatched.get(canonicalText(item))?.shift() === undefined)
      out.add('added', { ...place, afterPath: [...place.afterPath, index] }, undefined, item);
  });
  const removed = [...unmatched.values()].flat().sort((a, b) => a - b);
  for (const index of removed)
    out.add('removed', { ...place, beforePath: [...place.beforePath, index] }, before[index], undefined);
}

/** A list of records (arms, outcomes, sites, ...): items matched by what identifies them, then compared. */
function compareItems(
  before: readonly unknown[],
  after: readonly unknown[],
  place: Place,
  items: SchemaNode | undefined,
  out: ChangeCollector,
): void {
  const { pairs, added, removed } = matchItems(before, after, (item) => itemIdentity(place.afterPath, item));
  const beforeIndexOf = new Map(pairs.map(([beforeIndex, afterIndex]) => [afterIndex, beforeIndex]));
  const addedSet = new Set(added);
  const itemPlace = (beforeIndex: number | undefined, afterIndex: number | undefined): Place => ({
    beforePath: beforeIndex === undefined ? place.beforePath : [...place.beforePath, beforeIndex],
    afterPath: afterIndex === undefined ? place.afterPath : [...place.afterPath, afterIndex],
    beforeContext:
      beforeIndex === undefined
        ? place.beforeContext
        : [...place.beforeContext, describeItem(place.beforePath, before[beforeIndex], beforeIndex)],
    afterContext:
      afterIndex === undefined
        ? place.afterContext
        : [...place.afterContext, describeItem(place.afterPath, after[afterIndex], afterIndex)],
  });
  for (let afterIndex = 0; afterIndex < after.length; afterIndex++) {
    const beforeIndex = beforeIndexOf.get(afterIndex);
    if (beforeIndex !== undefined)
      compare(before[beforeIndex], after[afterIndex], itemPlace(beforeIndex, afterIndex), items, out);
    else if (addedSet.has(afterIndex)) {
      const at = itemPlace(undefined, afterIndex);
      out.add('added', { ...at, afterContext: place.afterContext }, undefined, after[afterIndex]);
    }
  }
  for (const beforeIndex of removed) {
    const at = itemPlace(beforeIndex, undefined);
    out.add('removed', { ...at, beforeContext: place.beforeContext }, before[beforeIndex], undefined);
  }
}

/**
 * The field-level differences between another version of a trial (`before`: the registry's posted
 * protocolSection, the file at a git revision) and the trial file (`after`), in the order of the registry's
 * forms. Semantic: both sides are read as data, so key order, comments, quoting and layout are not differences;
 * values the registry assigns are left out; empty values equal missing ones; list items are matched by what
 * identifies them (arms by label, interventions by type and name, outcomes by measure, sites by facility and
 * city, ...) and lists of codes or names are sets, so reordering a list is not a difference. An item or field
 * present on one side only is one change, with its whole value. Pure: no I/O.
 */
export function diffTrials(before: unknown, after: unknown): TrialChange[] {
  const root = resolveSchema(trialSchema);
  const out = new ChangeCollector();
  const normalizedBefore = normalizeValue(before, root) ?? {};
  const normalizedAfter = normalizeValue(after, root) ?? {};
  compare(
    normalizedBefore,
    normalizedAfter,
    { beforePath: [], afterPath: [], beforeContext: [], afterContext: [] },
    root,
    out,
  );
  return out.changes;
}
