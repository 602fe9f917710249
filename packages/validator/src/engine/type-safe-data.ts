import { decodePointer, isPlainObject, type SchemaFinding, type Trial } from '@trialyaml/core';

/**
 * A copy of the data without the values whose JSON type the schema rejected (a list written as text, text
 * where a number belongs). Rules can then trust the generated types; the schema already reported those values.
 */
export function typeSafeData(data: unknown, findings: readonly SchemaFinding[]): Trial {
  const isMapping = isPlainObject(data);
  // Nothing to remove (the usual case): rules read the data as it is; they never change it.
  if (isMapping && !findings.some((finding) => finding.keyword === 'type')) return data;
  const root: unknown = isMapping ? structuredClone(data) : {};
  for (const finding of findings) {
    if (finding.keyword !== 'type') continue;
    const path = decodePointer(finding.pointer);
    const last = path.pop();
    if (last === undefined) continue;
    let parent: unknown = root;
    for (const segment of path)
      parent =
        parent !== null && typeof parent === 'object'
          ? (parent as Record<string, unknown>)[segment]
          : undefined;
    if (Array.isArray(parent)) parent.splice(Number(last), 1, undefined);
    else if (parent !== null && typeof parent === 'object') delete (parent as Record<string, unknown>)[last];
  }
  removeHoles(root);
  return root as Trial;
}

/**
 * Drops the emptied list items, in place. Nothing is assigned to an object's properties: the copy shares V8's
 * hidden classes with every trial read, and one reassigned property would cost all of them the assumption that
 * their properties never change once set (optimized rule code was thrown away and compiled again for it).
 */
function removeHoles(value: unknown): void {
  if (Array.isArray(value)) {
    let kept = 0;
    for (const item of value as unknown[]) {
      if (item === undefined) continue;
      removeHoles(item);
      value[kept++] = item;
    }
    value.length = kept;
  } else if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) removeHoles(child);
  }
}
