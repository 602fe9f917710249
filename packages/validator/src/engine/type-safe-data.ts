import { decodePointer, type SchemaFinding, type Trial } from '@trialyaml/core';

/**
 * A copy of the data without the values whose JSON type the schema rejected (a list written as text, text
 * where a number belongs). Rules can then trust the generated types; the schema already reported those values.
 */
export function typeSafeData(data: unknown, findings: readonly SchemaFinding[]): Trial {
  const isMapping = data !== null && typeof data === 'object' && !Array.isArray(data);
  // Nothing to remove (the usual case): rules read the data as it is; they never change it.
  if (isMapping && !findings.some((finding) => finding.keyword === 'type')) return data;
  const root: unknown =
    data !== null && typeof data === 'object' && !Array.isArray(data) ? structuredClone(data) : {};
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
  return removeHoles(root) as Trial;
}

function removeHoles(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== undefined).map(removeHoles);
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value))
      (value as Record<string, unknown>)[key] = removeHoles(child);
  }
  return value;
}
