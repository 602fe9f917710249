import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import { nextLineStart } from './yaml-lines.js';

export interface FoldingOptions {
  /** The most ranges the client wants; the outermost are kept. */
  rangeLimit?: number;
}

/**
 * Folding ranges from indentation: every key or list item with lines below it (mappings, lists, block
 * scalars), and runs of two or more comment lines. Read from the text alone, so it works while it does not parse.
 */
export function foldingRanges(body: string, options: FoldingOptions = {}): FoldingRange[] {
  try {
    const ranges: Array<FoldingRange & { depth: number }> = [];
    // Open blocks: the line that opened them and their level (2 × indent, +1 for a list dash, so that a list
    // written at its key's column still folds under the key).
    const open: Array<{ line: number; level: number }> = [];
    let lastContent = -1;
    let commentStart = -1;
    let commentEnd = -1;
    const closeComments = (): void => {
      if (commentStart !== -1 && commentEnd > commentStart)
        ranges.push({
          startLine: commentStart,
          endLine: commentEnd,
          kind: FoldingRangeKind.Comment,
          depth: open.length,
        });
      commentStart = -1;
    };
    let line = 0;
    for (let at = 0; at !== -1; at = nextLineStart(body, at), line++) {
      let column = at;
      while (body.charCodeAt(column) === 32) column++;
      const code = body.charCodeAt(column);
      if (Number.isNaN(code) || code === 10 || code === 13) continue;
      if (code === 35 /* # */) {
        if (commentStart === -1) commentStart = line;
        commentEnd = line;
        continue;
      }
      closeComments();
      const next = body.charCodeAt(column + 1);
      const dash = code === 45 && (Number.isNaN(next) || next === 32 || next === 10 || next === 13);
      const level = (column - at) * 2 + (dash ? 1 : 0);
      while (open.length && (open[open.length - 1] as { level: number }).level >= level) {
        const block = open.pop() as { line: number; level: number };
        if (lastContent > block.line)
          ranges.push({ startLine: block.line, endLine: lastContent, depth: open.length });
      }
      open.push({ line, level });
      lastContent = line;
    }
    closeComments();
    while (open.length) {
      const block = open.pop() as { line: number; level: number };
      if (lastContent > block.line)
        ranges.push({ startLine: block.line, endLine: lastContent, depth: open.length });
    }
    let kept = ranges;
    if (options.rangeLimit !== undefined && ranges.length > options.rangeLimit)
      kept = [...ranges]
        .sort((a, b) => a.depth - b.depth || a.startLine - b.startLine)
        .slice(0, options.rangeLimit);
    return kept
      .sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine)
      .map(({ depth: _depth, ...range }) => range);
  } catch {
    return [];
  }
}
