import { lineEndFrom, nextLineStart, quickIndent } from './yaml-lines.js';

/**
 * The end offset (end of its last line with content) of the block that starts on the line at `lineStart` and
 * whose opener (a key, or a list dash) is at `column`: the lines below that are indented further, and for a key
 * also a list written at the key's own column (`key:\n- a`). Comments and blank lines after the block's last
 * content are not part of it.
 */
export function blockEnd(text: string, lineStart: number, column: number, isKey: boolean): number {
  let last = lineEndFrom(text, lineStart);
  for (let at = nextLineStart(text, lineStart); at !== -1; at = nextLineStart(text, at)) {
    const indent = quickIndent(text, at);
    if (indent === -1) continue;
    if (indent < column) break;
    if (indent === column) {
      const next = text.charCodeAt(at + indent + 1);
      const dash =
        text.charCodeAt(at + indent) === 45 &&
        (Number.isNaN(next) || next === 32 || next === 10 || next === 13);
      if (!isKey || !dash) break;
    }
    last = lineEndFrom(text, at);
  }
  return last;
}
