/**
 * The message for a key that appears twice in a mapping, the second occurrence starting at `start` (up to
 * `end`). Both readers report duplicates with it, so their messages agree.
 */
export function duplicateKeyMessage(text: string, start: number, end: number): string {
  const lineEnd = text.indexOf('\n', start);
  const line = text.slice(start, Math.max(end, lineEnd === -1 ? text.length : lineEnd));
  const key = line.replace(/\s*:(\s.*)?$/, '').trim();
  return `Duplicate key "${key}": a key may appear only once in a mapping; merge or rename the entries.`;
}
