/**
 * The registry's markup fields are CommonMark, with backslash escapes of punctuation (`\>`, `\[`, `\*`) that the
 * registry added when it converted PRS's plain text. In CommonMark a backslash before any ASCII punctuation
 * character stands for that character; before anything else it is a backslash.
 */
export function unescapeMarkup(markup: string): string {
  // Most texts have no backslash at all: skip the copy.
  return markup.includes('\\') ? markup.replace(ESCAPE, '$1') : markup;
}

/** A backslash and the ASCII punctuation character it escapes (CommonMark §2.4). */
const ESCAPE = /\\([!-/:-@[-`{-~])/g;
