// Which lines a code frame shows, shared by the frame (code-frame.ts) and by the excerpt that keeps those lines
// of a file until it is printed (source-excerpt.ts).

const CONTEXT_BEFORE = 1;
/** Frames print no more of a line than this many characters, then "…". */
export const MAX_LINE_WIDTH = 160;

/**
 * The lines a frame for a finding starting on `line` shows: the line before it for context, and its own (only
 * its first line for a span over several). None past the last of `lineCount` lines.
 */
export function framedLines(line: number, lineCount: number): { first: number; last: number } {
  return { first: Math.max(1, line - CONTEXT_BEFORE), last: Math.min(lineCount, line) };
}
