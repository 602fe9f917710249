/** An inline suppression comment. */
export interface Directive {
  kind: 'disable-next-line' | 'disable';
  /** The rule ids named; never empty (a directive must say what it silences). */
  ruleIds: string[];
  /** The text after `--`, trimmed; undefined when none was given. */
  reason: string | undefined;
  /** 1-based line of the comment, and the columns of the comment itself. */
  line: number;
  column: number;
  endColumn: number;
}

const DIRECTIVE = /(^|\s)#\s*trialyaml-(disable-next-line|disable)(?=\s|$)(.*)$/;

/**
 * Finds `# trialyaml-disable-next-line <id>[, <id>] -- reason` and `# trialyaml-disable <id> -- reason`
 * comments. Directives without any rule id are returned with an empty list (and reported by the engine).
 */
export function parseDirectives(text: string): Directive[] {
  if (!text.includes('trialyaml-disable')) return [];
  const directives: Directive[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    const match = DIRECTIVE.exec(line);
    if (!match) return;
    const [, lead = '', kind, rest = ''] = match;
    const [idsPart = '', ...reasonParts] = rest.split(/\s--(?:\s|$)/);
    const reason = reasonParts.length ? reasonParts.join(' -- ').trim() || undefined : undefined;
    const ruleIds = idsPart
      .split(/[\s,]+/)
      .map((id) => id.trim())
      .filter(Boolean);
    const column = match.index + lead.length + 1;
    directives.push({
      kind: kind as Directive['kind'],
      ruleIds,
      reason,
      line: index + 1,
      column,
      endColumn: line.length + 1,
    });
  });
  return directives;
}
