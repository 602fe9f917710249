/** Escapes one reference token of an RFC 6901 JSON pointer (`~` → `~0`, `/` → `~1`). */
export function escapeToken(token: string): string {
  if (!token.includes('~') && !token.includes('/')) return token;
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Appends one token to a pointer. */
export function childPointer(pointer: string, token: string | number): string {
  return `${pointer}/${typeof token === 'number' ? String(token) : escapeToken(token)}`;
}

/** The parent pointer (`''` for the root and for anything that is not a pointer). */
export function parentPointer(pointer: string): string {
  const at = pointer.lastIndexOf('/');
  return at <= 0 ? '' : pointer.slice(0, at);
}
