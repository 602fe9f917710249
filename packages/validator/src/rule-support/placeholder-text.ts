/** Values that stand for text still to be written (compared without case, brackets and final dots). */
const PLACEHOLDERS = new Set([
  'tbd',
  'tbc',
  'tba',
  't.b.d',
  'n/a',
  'n.a',
  'na',
  'none',
  'nil',
  'null',
  'unknown',
  'unk',
  'test',
  'pending',
  'placeholder',
  'todo',
  'to do',
  'fill in',
  'to be determined',
  'to be confirmed',
  'to be announced',
  'to be decided',
  'to be defined',
  'not applicable',
  'not available',
]);

/**
 * Arms and interventions of bioequivalence studies are commonly called "Test" and "Reference"; there "test" is
 * a name, not a placeholder.
 */
const TEST_IS_A_NAME = /^\/armsInterventionsModule\/(?:armGroups\/\d+\/label|interventions\/\d+\/name)$/;

/** Longer than any placeholder (with decoration around it): real text, no need for the checks below. */
const MAX_PLACEHOLDER_LENGTH = 40;
/** The longest entry of PLACEHOLDERS. */
const LONGEST_PLACEHOLDER = Math.max(...[...PLACEHOLDERS].map((placeholder) => placeholder.length));

/** A letter or digit (ASCII): text that starts and ends with one carries no decoration to strip. */
function isAlphanumericAt(value: string, index: number): boolean {
  const code = value.charCodeAt(index);
  const lower = code | 32;
  return (code >= 48 && code <= 57) || (lower >= 97 && lower <= 122);
}

/**
 * The first letters of every placeholder (PLACEHOLDERS, "xxx", "lorem ipsum"), in lower case. Text that starts
 * with any other letter or digit keeps it as the first character of what is compared: not a placeholder.
 */
const PLACEHOLDER_INITIALS = new Set(
  [...PLACEHOLDERS, 'x', 'lorem'].map((placeholder) => placeholder.charCodeAt(0)),
);

/** Whether `value` (at the pointer `pointer()` gives) is a placeholder rather than real text. */
export function isPlaceholder(value: string, pointer: () => string): boolean {
  // Most names and places start with a letter no placeholder starts with.
  if (isAlphanumericAt(value, 0) && !PLACEHOLDER_INITIALS.has(value.charCodeAt(0) | 32)) return false;
  if (value.length > MAX_PLACEHOLDER_LENGTH)
    return /^\s*lorem ipsum/i.test(value) && decoratedPlaceholder(value, pointer);
  // Undecorated text (the usual case): nothing to strip, so it is a placeholder only if it is one as it stands.
  // Blanks other than single spaces, and "xxx" or "lorem ipsum", take the full check.
  if (
    isAlphanumericAt(value, 0) &&
    isAlphanumericAt(value, value.length - 1) &&
    !value.includes('\\') &&
    !/[^\S ]| {2}|^(?:x|lorem ipsum)/i.test(value)
  ) {
    if (value.length > LONGEST_PLACEHOLDER) return false;
    const core = value.toLowerCase();
    if (core === 'test' && TEST_IS_A_NAME.test(pointer())) return false;
    return PLACEHOLDERS.has(core);
  }
  return decoratedPlaceholder(value, pointer);
}

/**
 * The reference check: strips escapes, decoration, final dots and repeated blanks, then compares. `isPlaceholder`
 * answers the same, faster for the usual undecorated text (a property test holds them together).
 */
export function decoratedPlaceholder(value: string, pointer: () => string): boolean {
  const text = value.replace(/\\(?=[^\sA-Za-z0-9])/g, '').trim();
  if (!text) return false;
  if (/^[-–—?.…_*/\s]+$/.test(text)) return true;
  const core = text
    .replace(/^[[<({"'*_\s]+|[\]>)}"'*_\s]+$/g, '')
    .replace(/\.+$/, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
  if (/^x{2,}$/.test(core) || core.startsWith('lorem ipsum')) return true;
  if (core === 'test' && TEST_IS_A_NAME.test(pointer())) return false;
  return PLACEHOLDERS.has(core);
}
