import { yamlScalar } from './schema-docs.js';

/**
 * Turns a schema `defaultSnippets` body (JSON with VS Code snippet placeholders in its strings) into YAML text
 * with the same placeholders, the way it is inserted after a list dash:
 *
 *     label: ${1:Drug X 10 mg}
 *     interventionNames:
 *       - "${4:Drug: Drug X}"
 *
 * Continuation lines are indented by `indent` spaces (the column of the first key). Strings whose default text
 * YAML would not read back as the same string (`Drug: X` would become a mapping) are quoted.
 */
export function snippetToYaml(body: unknown, indent: number): string {
  return renderValue(body, indent, true).replace(/^\n/, '');
}

/** The text a snippet shows once every placeholder holds its default (for documentation and quoting). */
export function expandSnippet(snippet: string): string {
  let out = '';
  let at = 0;
  while (at < snippet.length) {
    const char = snippet[at] as string;
    if (char === '\\' && at + 1 < snippet.length) {
      out += snippet[at + 1];
      at += 2;
      continue;
    }
    if (char === '$') {
      const choice = /^\$\{\d+\|([^,|]*)[^}]*\|\}/.exec(snippet.slice(at));
      if (choice) {
        out += choice[1] ?? '';
        at += choice[0].length;
        continue;
      }
      const placeholder = /^\$\{\d+:/.exec(snippet.slice(at));
      if (placeholder) {
        // Keep the default text; the closing brace is dropped when reached.
        at += placeholder[0].length;
        let depth = 1;
        let inner = '';
        while (at < snippet.length && depth > 0) {
          const c = snippet[at] as string;
          if (c === '\\' && at + 1 < snippet.length) {
            inner += snippet.slice(at, at + 2);
            at += 2;
            continue;
          }
          if (c === '{' && snippet[at - 1] === '$') depth++;
          if (c === '}') depth--;
          if (depth > 0) inner += c;
          at++;
        }
        out += expandSnippet(inner);
        continue;
      }
      const tabstop = /^\$(\d+|\{\d+\})/.exec(snippet.slice(at));
      if (tabstop) {
        at += tabstop[0].length;
        continue;
      }
    }
    out += char;
    at++;
  }
  return out;
}

/** A snippet string as a YAML scalar: as is when its expansion is a plain YAML string, else quoted. */
function scalarSnippet(value: string): string {
  const expanded = expandSnippet(value);
  if (yamlScalar(expanded) === expanded && !expanded.includes('\n')) return value;
  if (!/["\\]/.test(value)) return `"${value}"`;
  return `'${value.replace(/'/g, "''")}'`;
}

function literal(value: unknown): string {
  if (typeof value === 'string') return scalarSnippet(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return '';
  return scalarSnippet(JSON.stringify(value));
}

/**
 * Renders a value that follows a key or a dash. Scalars go on the same line (prefixed by a space); mappings and
 * lists start on the next line at `indent`, except directly after a dash (`first`), where a mapping's first key
 * stays on the dash line.
 */
function renderValue(value: unknown, indent: number, first: boolean): string {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    if (!value.length) return ' []';
    return value
      .map((item) => `\n${pad}- ${renderValue(item, indent + 2, true).replace(/^\s/, '')}`)
      .join('');
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (!entries.length) return ' {}';
    return entries
      .map(([key, child], index) => {
        const lead = first && index === 0 ? '' : `\n${pad}`;
        const rendered =
          Array.isArray(child) || (child !== null && typeof child === 'object')
            ? renderValue(child, indent + 2, false)
            : ` ${literal(child)}`;
        return `${lead}${yamlScalar(key)}:${rendered}`;
      })
      .join('');
  }
  return ` ${literal(value)}`;
}
