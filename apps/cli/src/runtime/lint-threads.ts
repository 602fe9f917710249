// How many threads a lint run uses and how its worker threads start, including the one the launcher starts
// before the lint code is loaded. Kept apart from the pool (lint-pool.ts), so the launcher does not load that code.
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LintArgs } from '../lint-args.js';

/** Below this many files per thread, starting a worker costs more than it saves. */
export const FILES_PER_EXTRA_THREAD = 40;
const MAX_THREADS = 8;
/** The most threads --concurrency may ask for: each is a V8 heap of its own. */
const MAX_ASKED = 64;

/** Threads for `files` files: one per core (or `concurrency`), fewer for few files. */
export function lintThreads(
  files: number,
  concurrency: number | undefined,
  cores: number = availableParallelism(),
): number {
  const wanted = concurrency === undefined ? Math.min(MAX_THREADS, cores) : Math.min(concurrency, MAX_ASKED);
  return Math.min(wanted, Math.max(1, Math.floor(files / FILES_PER_EXTRA_THREAD)));
}

/**
 * A worker thread of the lint pool. The launcher beside the bundle (dist/launcher.cjs) loads the worker's code
 * with the compiled-code cache, as it does the command line's.
 */
export function startLintWorker(): Worker {
  const launcher = fileURLToPath(new URL('./launcher.cjs', import.meta.url));
  return new Worker(`require(${JSON.stringify(launcher)}).runLintWorker();`, { eval: true });
}

/** A worker started before the pool exists, and whether it has stopped since (it failed to start). */
export interface EarlyLintWorker {
  worker: Worker;
  exited(): boolean;
}

/**
 * Starts a worker for a pool that does not exist yet. It does not keep the process alive until the pool takes
 * it (`ref()`), and a failure to start is recorded for the pool, which then starts a worker of its own (and
 * reports the failure if it happens again).
 */
export function startEarlyLintWorker(): EarlyLintWorker {
  const worker = startLintWorker();
  worker.unref();
  let exited = false;
  worker.once('exit', () => (exited = true));
  worker.on('error', () => undefined);
  return { worker, exited: () => exited };
}

/** The number of entries of a directory; undefined for anything else. */
function directoryEntries(path: string): number | undefined {
  try {
    return readdirSync(path).length;
  } catch {
    return undefined;
  }
}

/**
 * Whether `trialyaml lint` with these arguments will surely want a worker thread, judged before its code is
 * loaded: more than one core, no --concurrency, and a folder to lint (the current one when no path is given)
 * holding enough entries for two threads. Other runs (a few files, globs, nested folders) start their workers
 * once the files are listed, as before.
 */
export function wantsEarlyLintWorker(
  { values, positionals }: LintArgs,
  entriesOf: (path: string) => number | undefined = directoryEntries,
  cores: number = availableParallelism(),
): boolean {
  if (values.help || values.concurrency !== 'auto') return false;
  const paths = positionals.length ? positionals : ['.'];
  // The pool's own count, with a folder's entries for its files (at least as many; a run that then lists fewer
  // trial files stops the worker).
  return paths.some((path) => lintThreads(entriesOf(path) ?? 0, undefined, cores) > 1);
}
