import { fieldLabel, isPlainObject, type PathSegment } from '@trialyaml/core';

/** Above this many fields an added or removed item shows the first ones and a count. */
const MAX_FIELDS_SHOWN = 20;

/**
 * A changed value as lines for people: a scalar as itself (text split at line breaks); a whole item or field
 * group as `Label: value` lines, labelled as the registry's forms label them, e.g. an added arm's title, type
 * and description. Lines are raw user text: the caller makes them visible and safe for its output.
 */
export function valueLines(value: unknown, path: readonly PathSegment[]): string[] {
  if (!isPlainObject(value) && !Array.isArray(value)) return String(value).split('\n');
  const lines: string[] = [];
  let fields = 0;
  const visit = (item: unknown, at: PathSegment[]): void => {
    if (Array.isArray(item)) {
      item.forEach((entry, index) => visit(entry, [...at, index]));
      return;
    }
    if (isPlainObject(item)) {
      for (const [key, entry] of Object.entries(item)) visit(entry, [...at, key]);
      return;
    }
    fields++;
    if (fields > MAX_FIELDS_SHOWN) return;
    const label =
      fieldLabel(at) ?? String([...at].reverse().find((segment) => typeof segment === 'string') ?? '');
    const [first = '', ...rest] = String(item).split('\n');
    lines.push(`${label}: ${first}`, ...rest.map((line) => `  ${line}`));
  };
  visit(value, [...path]);
  if (fields > MAX_FIELDS_SHOWN) lines.push(`… and ${fields - MAX_FIELDS_SHOWN} more fields`);
  return lines;
}
