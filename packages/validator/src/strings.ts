// General string helpers: nothing here knows about trials or findings.

/**
 * A copy of `text` that does not refer to any other string. V8 makes a substring point into the string it was
 * cut from, and a concatenation point to its parts: a message naming a value read from a file (a site, a date)
 * would keep the whole text of the file alive for as long as the message is. Flattening a fresh concatenation
 * copies the characters.
 */
export function ownCopy(text: string): string {
  return (' ' + text).slice(1);
}
