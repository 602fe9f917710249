// Control characters in user text would move the cursor, recolour or rewrite the terminal (and bidirectional
// overrides reorder what is read): they are shown as escapes instead. Line breaks are the caller's to lay out.
/* eslint-disable no-control-regex -- matching control characters is the point here */
const INVISIBLE =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
/* eslint-enable no-control-regex */

/** The text with every control, format and bidirectional-override character written as `\u{XXXX}` (`\t` for tab). */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE, (char) =>
    char === '\t' ? '\\t' : `\\u{${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}}`,
  );
}
