/**
 * The registry's markup fields are CommonMark with backslash escapes of punctuation (`\>`, `\[`, `\*`) that
 * the registry added when it converted PRS's plain text. The upload's text blocks take PRS's plain text, so
 * the escapes are removed: a backslash before an ASCII punctuation character stands for that character.
 */
export function markupToPlainText(markup: string): string {
  return markup.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}
