import { fieldLabel, FORM_SECTIONS } from '../labels/field-labels.js';
import { isPlainObject } from '../object.js';
import type { PathSegment } from '../pointer.js';
import { resolveSchema } from '../schema/schema-navigator.js';
import type { SchemaNode } from '../schema/schema-node.js';
import { trialSchema } from '../schema/trial-schema.js';
import { describeItem, itemIdentity } from './identity.js';
import { canonicalText, normalizeValue } from './normalize.js';

function keysInFormOrder(schema: SchemaNode | undefined, object: Record<string, unknown>): string[] {
  const known = Object.keys(schema?.properties ?? {}).filter((key) => key in object);
  return [...known, ...Object.keys(object).filter((key) => !known.includes(key))];
}

function childSchema(schema: SchemaNode | undefined, key: string): SchemaNode | undefined {
  const child = schema?.properties?.[key];
  return child ? resolveSchema(child) : undefined;
}

/**
 * A trial as lines in registry terms, one field per line (`Arm "Placebo" › Arm/Group Description: ...`), in the
 * order of the registry's forms under one heading per form section, with list items in a fixed order (by what
 * identifies them) and registry-assigned values left out. Two versions that differ only in key order, comments,
 * quoting or the order of list items give the same lines, so a line diff of them (git's `textconv`) reads as
 * the registry's change list. Multi-line text continues on lines indented by four spaces. Pure.
 */
export function registryLines(trial: unknown): string[] {
  const root = resolveSchema(trialSchema);
  const data = normalizeValue(trial, root);
  const lines: string[] = [];
  if (!isPlainObject(data)) return lines;

  const leaf = (prefix: string, path: PathSegment[], value: unknown): void => {
    const label = fieldLabel(path) ?? String([...path].reverse().find((s) => typeof s === 'string') ?? '');
    const text = String(value);
    const [first, ...rest] = text.split('\n');
    lines.push(`${prefix}${label}: ${rest.length ? '|' : first}`);
    if (rest.length) for (const line of [first, ...rest]) lines.push(line ? `    ${line}` : '');
  };
  const visit = (
    value: unknown,
    path: PathSegment[],
    schema: SchemaNode | undefined,
    prefix: string,
  ): void => {
    if (isPlainObject(value)) {
      for (const key of keysInFormOrder(schema, value))
        visit(value[key], [...path, key], childSchema(schema, key), prefix);
      return;
    }
    if (Array.isArray(value)) {
      const list: unknown[] = value;
      const items = schema?.items ? resolveSchema(schema.items) : undefined;
      if (list.every((item) => !isPlainObject(item) && !Array.isArray(item))) {
        const sorted = list.map(String).sort();
        for (const item of sorted) leaf(prefix, [...path, 0], item);
        return;
      }
      const ordered = list
        .map((item, index) => ({
          item,
          index,
          key: `${itemIdentity(path, item) ?? '\uffff'}\u0000${canonicalText(item)}`,
        }))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index));
      for (const { item, index } of ordered) {
        const name = describeItem(path, item, index);
        // An item without identity is named by its place, which a reorder would change: name it by content.
        visit(
          item,
          [...path, index],
          items,
          `${prefix}${name.includes('#') ? `${name.replace(/ #\d+$/, '')}` : name} › `,
        );
      }
      return;
    }
    leaf(prefix, path, value);
  };

  for (const section of FORM_SECTIONS) {
    if (data[section.module] === undefined) continue;
    if (lines.length) lines.push('');
    lines.push(`== ${section.label} ==`);
    visit(data[section.module], [section.module], childSchema(root, section.module), '');
  }
  const unknown = Object.keys(data).filter((key) => !FORM_SECTIONS.some((section) => section.module === key));
  for (const key of unknown) {
    if (lines.length) lines.push('');
    lines.push(`== ${key} ==`);
    visit(data[key], [key], undefined, '');
  }
  return lines;
}
