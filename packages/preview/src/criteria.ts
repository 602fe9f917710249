/** A part of the eligibility criteria text. */
export interface CriteriaPart {
  kind: 'inclusion' | 'exclusion' | 'other';
  /** The heading as written (without markup and trailing colon); empty for text before any heading. */
  heading: string;
  /** The markup under the heading. */
  text: string;
}

/**
 * A line that is only an inclusion or exclusion heading: "Inclusion Criteria:", "Key Exclusion Criteria",
 * "**Inclusion criteria:**", "## Exclusion Criteria", with or without the colon.
 */
const HEADING =
  /^ {0,3}(?:#{1,6}[ \t]+)?(?:\*\*|__)?[ \t]*((?:(?:key|main|major|general|additional)[ \t]+)?(inclusion|exclusion)[ \t]+criteria)[ \t]*:?[ \t]*(?:\*\*|__)?[ \t]*:?[ \t]*$/i;

/**
 * Splits eligibility criteria at their "Inclusion Criteria:" / "Exclusion Criteria:" heading lines.
 * Returns undefined when the text has no such heading (render it as it is). Text before the first
 * heading is an `other` part; every heading starts a part of its kind (some records repeat them, e.g.
 * per cohort).
 */
export function splitCriteria(text: string): CriteriaPart[] | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  const parts: CriteriaPart[] = [];
  let current: CriteriaPart = { kind: 'other', heading: '', text: '' };
  let buffer: string[] = [];
  let found = false;
  let inFence = false;
  const flush = (): void => {
    current.text = buffer.join('\n').trim();
    if (current.heading !== '' || current.text !== '') parts.push(current);
    buffer = [];
  };
  for (const line of lines) {
    if (/^ {0,3}(```|~~~)/.test(line)) inFence = !inFence;
    const match = inFence ? null : HEADING.exec(line);
    if (match) {
      found = true;
      flush();
      const kind = (match[2] ?? '').toLowerCase() === 'exclusion' ? 'exclusion' : 'inclusion';
      current = { kind, heading: (match[1] ?? '').replace(/\s+/g, ' '), text: '' };
    } else {
      buffer.push(line);
    }
  }
  flush();
  return found ? parts : undefined;
}
