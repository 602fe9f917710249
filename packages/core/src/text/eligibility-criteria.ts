import { unescapeMarkup } from './markup.js';

/**
 * Reading the free text of `eligibilityModule.eligibilityCriteria` (CommonMark): its "Inclusion Criteria" /
 * "Exclusion Criteria" headings, the inclusion part, and its items as plain sentences. The preview splits the
 * text at the headings; the validator's rules read the headings and the items. Both read them here.
 */

/** A part of the eligibility criteria text. */
export interface CriteriaPart {
  kind: 'inclusion' | 'exclusion' | 'other';
  /** The heading as written (without markup and trailing colon); empty for text before any heading. */
  heading: string;
  /** The markup under the heading. */
  text: string;
}

/** The kind of criteria a heading introduces. */
export type CriteriaHeadingKind = 'Inclusion' | 'Exclusion';

/**
 * The start of a line that is a heading: up to three spaces, `#` or `>` markers, and an opening `**` or `__`.
 * A list item ("* General inclusion criteria:") is not: it is a sub-heading inside the list.
 */
const HEADING_START = String.raw`^ {0,3}(?:#{1,6}[ \t]+|>[ \t]*)*(?:\*\*|__)?[ \t]*`;
/**
 * The start of a line that introduces criteria, for telling whether a text has them: any indentation and
 * markup, list markers included ("* Inclusion criteria:" still says where the inclusion criteria are).
 */
const INTRODUCTION_START = String.raw`^[ \t]*(?:[#>*_+-][ \t]*)*`;
/** Words that may come before "inclusion criteria": "Key", "Main", "Principal", ... */
const QUALIFIER = String.raw`(?:(?:key|main|major|general|additional|principal|other)[ \t]+)?`;

/**
 * A line that starts with an inclusion or exclusion heading: "Inclusion Criteria:", "Key Exclusion Criteria",
 * "**Inclusion criteria:**", "## Exclusion Criteria", "> Principal inclusion criteria". Group 1 is the heading,
 * group 2 its kind, group 3 the rest of the line.
 */
const HEADING_LINE = new RegExp(
  String.raw`${HEADING_START}(${QUALIFIER}(inclusion|exclusion)[ \t]+criteria)\b(.*)$`,
  'i',
);

/** Any line of a text that starts with a heading of the kind. Compiled once: these run on every criteria text. */
const HEADING_IN_TEXT: Readonly<Record<CriteriaHeadingKind, RegExp>> = {
  Inclusion: new RegExp(String.raw`${INTRODUCTION_START}${QUALIFIER}inclusion[ \t]+criteria\b`, 'im'),
  Exclusion: new RegExp(String.raw`${INTRODUCTION_START}${QUALIFIER}exclusion[ \t]+criteria\b`, 'im'),
};

const HEADING_ANY_KIND = new RegExp(
  String.raw`${INTRODUCTION_START}(${QUALIFIER}(?:inclusion|exclusion)[ \t]+criteria)\b`,
  'im',
);

/** A heading inside a sentence, told apart from prose ("meets the inclusion criteria") by the colon after it. */
const HEADING_BEFORE_COLON = new RegExp(
  String.raw`\b(${QUALIFIER}(?:inclusion|exclusion)[ \t]+criteria)[ \t]*:`,
  'i',
);

/** The rest of a line that holds only a heading: a colon and the closing emphasis. */
const HEADING_ONLY_REST = /^[ \t]*:?[ \t]*(?:\*\*|__)?[ \t]*:?[ \t]*$/;

/** A fenced code block's opening or closing line. */
const FENCE = /^ {0,3}(```|~~~)/;

/**
 * Splits eligibility criteria at the lines that are only an "Inclusion Criteria:" / "Exclusion Criteria:"
 * heading. Returns undefined when the text has no such line (render it as it is). Text before the first heading
 * is an `other` part; every heading starts a part of its kind (some records repeat them, e.g. per cohort).
 */
export function splitCriteria(text: string): CriteriaPart[] | undefined {
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
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (FENCE.test(line)) inFence = !inFence;
    const match = inFence ? null : HEADING_LINE.exec(line);
    if (match && HEADING_ONLY_REST.test(match[3] ?? '')) {
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

/**
 * Whether a line of the text starts with an inclusion (or exclusion) heading, alone on its line or followed by
 * the criteria ("Inclusion criteria: adults over 18").
 */
export function hasCriteriaHeading(text: string, kind: CriteriaHeadingKind): boolean {
  return HEADING_IN_TEXT[kind].test(text);
}

/**
 * The first inclusion or exclusion heading, as written ("Key Inclusion Criteria"): at the start of a line, or
 * inside a sentence when a colon follows it ("A study of X. Exclusion criteria: pregnancy."). Undefined when
 * there is none. Eligibility lists pasted where they do not belong (a brief summary) show themselves by it.
 */
export function firstCriteriaHeading(text: string): string | undefined {
  return (HEADING_ANY_KIND.exec(text) ?? HEADING_BEFORE_COLON.exec(text))?.[1];
}

/** The part of the criteria before the exclusion criteria start (all of it when there is no such part). */
export function inclusionPart(text: string): string {
  const exclusion = /\bexclusion criteria\b|(?:^|\n)[\s#*_>]*exclusions?\s*:/i.exec(text);
  return exclusion ? text.slice(0, exclusion.index) : text;
}

/** The text with CommonMark escapes removed and comparison signs, dashes and runs of spaces normalized. */
export function plainCriteriaText(text: string): string {
  // Each step only when there is something for it to change: these run on every criteria text.
  let plain = unescapeMarkup(text);
  if (/[=≧⩾≦⩽]/.test(plain)) plain = plain.replace(/>=|=>|≧|⩾/g, '≥').replace(/<=|=<|≦|⩽/g, '≤');
  plain = plain.replace(/[‐‑‒–—−]/g, '-');
  // Single spaces stay as they are (replacing each by itself would copy the whole text).
  return plain.replace(/[ \t\u00a0]{2,}|[\t\u00a0]/g, ' ');
}

/** The inclusion part as plain text; the last result is kept (several rules ask for the same criteria). */
export function plainInclusionText(text: string): string {
  if (text !== lastPlain.text) lastPlain = { text, plain: plainCriteriaText(inclusionPart(text)) };
  return lastPlain.plain;
}

let lastPlain: { text: string | undefined; plain: string } = { text: undefined, plain: '' };

/** A bullet or number at the start of a list item: "*", "-", "1.", "(a)", "ii)". */
const BULLET = /^\s*(?:[*•·+-]|\(?\d{1,3}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])\s+/i;

/** An opening heading in front of the first item ("Inclusion Criteria:", "Key eligibility criteria"). */
const OPENING_HEADING =
  /^(?:(?:key|main|major|general|additional|principal|other)\s+)?(?:inclusion|eligibility)\s+criteria\s*:?\s*/i;

/**
 * The inclusion criteria as items: one per line, list markers, emphasis and an opening heading removed, and
 * split further into sentences and semicolon-separated clauses.
 */
export function inclusionItems(text: string): readonly string[] {
  // Several rules read the same criteria one after the other: the last result is kept.
  if (text === lastItems.text) return lastItems.items;
  const items = splitInclusionItems(text);
  lastItems = { text, items };
  return items;
}

let lastItems: { text: string | undefined; items: readonly string[] } = { text: undefined, items: [] };

function splitInclusionItems(text: string): string[] {
  const items: string[] = [];
  for (const rawLine of plainInclusionText(text).split('\n')) {
    let line = rawLine.replace(/[*_]{2,}/g, '').trim();
    while (BULLET.test(line)) line = line.replace(BULLET, '');
    line = line.replace(OPENING_HEADING, '');
    for (const part of line.split(/;\s*|\.\s+(?=[A-Z])/)) {
      const item = part.trim();
      if (item) items.push(item);
    }
  }
  return items;
}
