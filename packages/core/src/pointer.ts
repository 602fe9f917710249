/** A step in a JSON path: a mapping key or a sequence index. */
export type PathSegment = string | number;

/** Encodes a path as an RFC 6901 JSON pointer (`/armsInterventionsModule/armGroups/0/label`). */
export function encodePointer(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) out += '/' + escapePointerToken(String(segment));
  return out;
}

/** Escapes one reference token of a JSON pointer (`~` → `~0`, `/` → `~1`). */
export function escapePointerToken(token: string): string {
  return token.includes('~') || token.includes('/') ? token.replace(/~/g, '~0').replace(/\//g, '~1') : token;
}

/** Decodes an RFC 6901 JSON pointer into its segments (all strings, as the pointer does not say which are indices). */
export function decodePointer(pointer: string): string[] {
  if (pointer === '') return [];
  const segments = pointer.slice(pointer.startsWith('/') ? 1 : 0).split('/');
  return pointer.includes('~') ? segments.map(unescapeSegment) : segments;
}

function unescapeSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
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
  if (pointer === '') return data;
  // Rules call this for fixed pointers on every file: walked in place, without splitting the pointer.
  const escaped = pointer.includes('~');
  let current: unknown = data;
  let from = pointer.startsWith('/') ? 1 : 0;
  for (;;) {
    const end = pointer.indexOf('/', from);
    const raw = end === -1 ? pointer.slice(from) : pointer.slice(from, end);
    const segment = escaped ? unescapeSegment(raw) : raw;
    if (Array.isArray(current)) current = current[Number(segment)];
    else if (current !== null && typeof current === 'object')
      current = (current as Record<string, unknown>)[segment];
    else return undefined;
    if (end === -1) return current;
    from = end + 1;
  }
}

/**
 * The YAML key path of a pointer as an author reads it, list positions in brackets:
 * `/armsInterventionsModule/armGroups/1/label` → `armsInterventionsModule.armGroups[1].label`.
 */
export function keyPath(pointer: string): string {
  let path = '';
  for (const segment of decodePointer(pointer)) {
    path += /^\d+$/.test(segment) ? `[${segment}]` : path === '' ? segment : `.${segment}`;
  }
  return path;
}
