import type { CliIO } from './cli-io.js';

/** Below this many files a run is quick enough that a progress line would only flicker. */
const MANY_FILES = 50;

/** A one-line "linting 120/2000" counter on stderr, only when stderr is a terminal and the run is long. */
export function progressLine(
  io: CliIO,
  total: number,
  verb: string,
): { tick(done: number): void; done(): void } {
  if (io.stderr.isTTY !== true || total < MANY_FILES) return { tick: () => undefined, done: () => undefined };
  let last = 0;
  return {
    tick(done) {
      const now = Date.now();
      if (now - last < 100 && done !== total) return;
      last = now;
      io.stderr.write(`\r${verb} ${done}/${total} files`);
    },
    done() {
      io.stderr.write('\r\u001b[2K');
    },
  };
}
