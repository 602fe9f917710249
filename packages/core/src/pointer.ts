/** A step in a JSON path: a mapping key or a sequence index. */
export type PathSegment = string | number;

/** Encodes a path as an RFC 6901 JSON pointer (`/armsInterventionsModule/armGroups/0/label`). */
export function encodePointer(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) out += '/' + String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
  return out;
}

/** Decodes an RFC 6901 JSON pointer into its segments (all strings, as the pointer does not say which are indices). */
export function decodePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(pointer.startsWith('/') ? 1 : 0)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Appends segments to a pointer. */
export function joinPointer(pointer: string, ...segments: PathSegment[]): string {
  return pointer + encodePointer(segments);
}

/** The pointer of the parent node (`''` for the root). */
export function parentPointer(pointer: string): string {
  const at = pointer.lastIndexOf('/');
  return at <= 0 ? '' : pointer.slice(0, at);
}

/** Reads the value at a pointer in plain data; `undefined` when any step is missing. */
export function getAtPointer(data: unknown, pointer: string): unknown {
  let current: unknown = data;
  for (const segment of decodePointer(pointer)) {
    if (Array.isArray(current)) current = current[Number(segment)];
    else if (current !== null && typeof current === 'object')
      current = (current as Record<string, unknown>)[segment];
    else return undefined;
  }
  return current;
}
