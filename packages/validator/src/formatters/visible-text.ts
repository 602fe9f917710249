// User text (field values, comments, file names) printed for people must not drive the terminal or the CI log
// that shows it: an ESC starts a terminal escape (retitle, clear, hyperlinks), a line break lets a value start a
// line of its own, which a GitHub runner reads as a workflow command (`::error file=…::`). Such characters are
// shown as escapes (`\x1b`, `\n`, `\u2028`) instead.

/**
 * The characters shown as escapes: C0 controls but tab, DEL, C1 controls (U+009B is a CSI to many terminals),
 * the Unicode line and paragraph separators, and the bidirectional overrides and isolates that can make text
 * read differently from what it is.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const UNSAFE = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
/** The same, with line breaks left to the caller. */
const UNSAFE_BUT_LINE_BREAKS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/** The escape shown for one unsafe character: `\n`, `\r`, `\x1b`, `\u2028`. */
function escapeOf(character: string): string {
  if (character === '\n') return '\\n';
  if (character === '\r') return '\\r';
  const code = character.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` with every control character, line break and bidirectional override shown as an escape. */
export function visibleText(text: string): string {
  return text.replace(UNSAFE, escapeOf);
}

/** As `visibleText`, but "\n" and "\r" kept, for formats that encode line breaks themselves (GitHub's). */
export function visibleTextKeepingLineBreaks(text: string): string {
  return text.replace(UNSAFE_BUT_LINE_BREAKS, escapeOf);
}

/**
 * `text` made visible, with where each of its characters went: `offsets[i]` is the index in the result of the
 * character at index `i` (and `offsets[text.length]` the result's length), so marks under a column still line up.
 */
export function visibleTextWithOffsets(text: string): { text: string; offsets: number[] } {
  const offsets: number[] = [];
  let out = '';
  for (let index = 0; index < text.length; index++) {
    offsets.push(out.length);
    const character = text[index] as string;
    out += character.replace(UNSAFE, escapeOf);
  }
  offsets.push(out.length);
  return { text: out, offsets };
}

/**
 * A message of several lines with user text in it: control characters shown as escapes, its line breaks kept but
 * one that would start a line with a workflow command, shown as `\n` instead.
 */
export function visibleLines(text: string): string {
  return visibleTextKeepingLineBreaks(text.replace(/\r/g, '\\r')).replace(/\n(?=\s*(?:::|##\[))/g, '\\n');
}

/** A line a GitHub runner (which trims it first) would take as a workflow command: `::name …` or `##[name]`. */
const WORKFLOW_COMMAND_START = /^\s*(?:::|##\[)/;

/**
 * A path shown at the start of a line, made visible and never read as a workflow command: a relative path that
 * would start like one is written `./::…`, which names the same file.
 */
export function visiblePathAtLineStart(path: string): string {
  const shown = visibleText(path);
  return WORKFLOW_COMMAND_START.test(shown) ? `./${shown}` : shown;
}

/** Whether a line would be read as a workflow command by a GitHub runner (for tests and guards). */
export function startsWorkflowCommand(line: string): boolean {
  return WORKFLOW_COMMAND_START.test(line);
}

// Characters JSON keeps raw that readers still treat as line breaks (U+0085, U+2028, U+2029: JavaScript before
// ES2019, some log viewers) or as terminal controls (DEL, C1) when the output is shown as it is.
const JSON_RAW_UNSAFE = /[\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/** JSON text with those characters written as `\uXXXX` escapes (they can only occur inside its strings). */
export function escapeJsonUnsafe(json: string): string {
  return json.replace(
    JSON_RAW_UNSAFE,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
