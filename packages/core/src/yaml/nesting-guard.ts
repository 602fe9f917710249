/**
 * A trial nests about 6 levels deep. Far deeper input is refused before parsing: the YAML parsers recurse per
 * level, and near the end of the stack V8 can abort the whole process ("RegExpCompiler Allocation failed")
 * instead of throwing, and some shapes (`{{{{...`) take minutes. Generous, so no real file comes near it.
 */
export const MAX_NESTING = 200;

/**
 * The offset where the text first nests deeper than `limit` levels, or -1. Counts flow brackets outside quotes
 * and comments, and for block structure the indentation (at least one column per level) plus the "- " and
 * "? " indicators that open a level on the same line. An over-estimate is fine: it only has to be cheap and
 * never miss a deep file.
 */
export function tooDeepAt(text: string, limit = MAX_NESTING): number {
  let flow = 0;
  let quote = '';
  let lineStart = true;
  let indent = 0;
  let blockLevels = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      lineStart = true;
      indent = 0;
      blockLevels = 0;
      if (quote === "'") continue;
      continue;
    }
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = '';
      continue;
    }
    if (lineStart) {
      if (ch === ' ') {
        indent++;
        if (indent > limit) return i;
        continue;
      }
      if ((ch === '-' || ch === '?') && (text[i + 1] === ' ' || text[i + 1] === '\n')) {
        blockLevels++;
        if (indent + blockLevels > limit) return i;
        i++;
        continue;
      }
      lineStart = false;
    }
    if (ch === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t')) {
      const eol = text.indexOf('\n', i);
      if (eol === -1) break;
      i = eol - 1;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '{') {
      flow++;
      if (flow > limit) return i;
    } else if ((ch === ']' || ch === '}') && flow > 0) flow--;
  }
  return -1;
}
