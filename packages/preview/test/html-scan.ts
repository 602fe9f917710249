/** A tiny scanner for the renderer's own HTML (always double-quoted attributes), for assertions. */

export interface Tag {
  name: string;
  attrs: Map<string, string>;
}

const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*\/?>/g;
const ATTR = /\s+([^\s=>/]+)(?:="([^"]*)")?/g;

export function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Every start tag of the document with its (decoded) attributes. */
export function startTags(html: string): Tag[] {
  const tags: Tag[] = [];
  for (const match of html.matchAll(TAG)) {
    const attrs = new Map<string, string>();
    for (const attr of (match[2] ?? '').matchAll(ATTR))
      attrs.set((attr[1] ?? '').toLowerCase(), decodeEntities(attr[2] ?? ''));
    tags.push({ name: (match[1] ?? '').toLowerCase(), attrs });
  }
  return tags;
}

/** The body of the page (between `<body>` and `</body>`). */
export function bodyOf(html: string): string {
  const start = html.indexOf('<body>') + '<body>'.length;
  const end = html.lastIndexOf('</body>');
  return html.slice(start, end);
}

/** Reads the value at an RFC 6901 pointer; `undefined` when absent. */
export function resolvePointer(data: unknown, pointer: string): unknown {
  if (pointer === '') return data;
  let current: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current)) current = current[Number(token)];
    else if (current !== null && typeof current === 'object')
      current = (current as Record<string, unknown>)[token];
    else return undefined;
  }
  return current;
}
