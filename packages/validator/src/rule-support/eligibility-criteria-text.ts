/**
 * Reading the free text of `eligibilityModule.eligibilityCriteria` (CommonMark): headings, the inclusion part,
 * and its items as plain sentences.
 */

/** Whether the text has an "Inclusion Criteria" / "Exclusion Criteria" heading ("Key Inclusion Criteria:", "**Exclusion criteria**"). */
export function hasCriteriaHeading(text: string, kind: 'Inclusion' | 'Exclusion'): boolean {
  return CRITERIA_HEADING[kind].test(text);
}

const criteriaHeading = (kind: string): RegExp =>
  new RegExp(
    `(?:^|\\n)[\\s#*_>]*(?:(?:key|main|major|general|principal|other)\\s+)?${kind}\\s+criteria\\b`,
    'i',
  );
/** Compiled once: these run on every criteria text. */
const CRITERIA_HEADING = { Inclusion: criteriaHeading('Inclusion'), Exclusion: criteriaHeading('Exclusion') };

/** The part of the criteria before the exclusion criteria start (all of it when there is no such part). */
export function inclusionPart(text: string): string {
  const exclusion = /\bexclusion criteria\b|(?:^|\n)[\s#*_>]*exclusions?\s*:/i.exec(text);
  return exclusion ? text.slice(0, exclusion.index) : text;
}

/** The text with CommonMark escapes removed and comparison signs and dashes normalized. */
export function plainCriteriaText(text: string): string {
  // Each step only when there is something for it to change: these run on every criteria text.
  let plain = text.includes('\\') ? text.replace(/\\([\\`*_{}[\]()#+\-.!<>=~^&|])/g, '$1') : text;
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
    line = line.replace(
      /^(?:(?:key|main|major|general|principal)\s+)?(?:inclusion|eligibility)\s+criteria\s*:?\s*/i,
      '',
    );
    for (const part of line.split(/;\s*|\.\s+(?=[A-Z])/)) {
      const item = part.trim();
      if (item) items.push(item);
    }
  }
  return items;
}
