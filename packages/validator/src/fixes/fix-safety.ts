import { CST, Lexer } from 'yaml';
import { loadTrial, type LoadedTrial, type LoadTrialOptions } from '@trialyaml/core';

/** The comments of a YAML text (`# ...` without trailing blanks), in order. */
export function commentsOf(text: string): string[] {
  const comments: string[] = [];
  let afterScalarMark = false;
  for (const token of new Lexer().lex(text)) {
    // The token after a scalar mark is the scalar's own text, even when it starts with `#` (a block's body).
    if (!afterScalarMark && CST.tokenType(token) === 'comment') comments.push(token.replace(/[ \t\r]+$/, ''));
    afterScalarMark = token === CST.SCALAR;
  }
  return comments;
}

/** The first comment of `before` that `after` no longer has (as many times), if any. */
function lostComment(before: readonly string[], after: readonly string[]): string | undefined {
  const left = new Map<string, number>();
  for (const comment of after) left.set(comment, (left.get(comment) ?? 0) + 1);
  for (const comment of before) {
    const count = left.get(comment) ?? 0;
    if (count === 0) return comment;
    left.set(comment, count - 1);
  }
  return undefined;
}

function shortened(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * Why fixed text must not replace the original, or undefined when it may: it reads as a trial without errors,
 * has no YAML warning the original did not have, and keeps every comment. The last guard before a file is
 * written: whatever a fix got wrong, the author's file is never left broken or poorer.
 */
export function unsafeFixReason(
  original: LoadedTrial,
  fixedText: string,
  options: Pick<LoadTrialOptions, 'maxBytes'> = {},
): string | undefined {
  // As bytes, as the file will be written: the size limit counts bytes.
  const fixed = loadTrial(new TextEncoder().encode(fixedText), {
    fast: false,
    ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
  });
  const error = fixed.problems.find((problem) => problem.severity === 'error');
  if (error?.code === 'file-too-large') {
    return `the fixed text would be too large to read (${error.message.replace(/; it was not read\.$/, '')})`;
  }
  if (error) {
    return `the fixed text would not read (${error.message.replace(/\.$/, '')} at line ${error.range.line}, column ${error.range.column})`;
  }
  const warningsBefore = original.problems.filter((problem) => problem.severity === 'warning').length;
  const newWarning = fixed.problems.filter((problem) => problem.severity === 'warning')[warningsBefore];
  if (newWarning) {
    return `the fixed text would have a new YAML problem (${newWarning.message.replace(/\.$/, '')} at line ${newWarning.range.line}, column ${newWarning.range.column})`;
  }
  if (fixed.hadBom !== original.hadBom) return 'the fixed text would change the byte order mark';
  const lost = lostComment(commentsOf(original.text), commentsOf(fixed.text));
  if (lost !== undefined) return `the fixed text would lose the comment "${shortened(lost)}"`;
  return undefined;
}
