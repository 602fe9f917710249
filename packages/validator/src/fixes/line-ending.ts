import type { LoadedTrial } from '@trialyaml/core';

const cache = new WeakMap<LoadedTrial, '\n' | '\r\n'>();

/**
 * The line break most lines of the text end with (CRLF when more lines end with it than with LF alone). Text a
 * fix writes uses it, so a CRLF file with a stray LF line (or the reverse) stays as its author keeps it.
 */
export function dominantLineEnding(text: string): '\n' | '\r\n' {
  let crlf = 0;
  let lf = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    if (at > 0 && text.charCodeAt(at - 1) === 13) crlf++;
    else lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}

/** {@link dominantLineEnding} of a trial's text, counted once per trial however many fixes it gets. */
export function trialLineEnding(trial: LoadedTrial): '\n' | '\r\n' {
  let ending = cache.get(trial);
  if (ending === undefined) {
    ending = dominantLineEnding(trial.text);
    cache.set(trial, ending);
  }
  return ending;
}
