// Starts the command line from dist/trialyaml.cjs with V8's code cache: the compiled code of a command's first run
// is saved (one cache file per command) and reused by the next runs, which then skip most of the compiling.
import { homedir } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tryParseLintArgs, type LintArgsParse } from '../lint-args.js';
import { loadWithCompileCache, type CachedModule } from './compile-cache.js';
import { startEarlyLintWorker, wantsEarlyLintWorker, type EarlyLintWorker } from './lint-threads.js';

// For the end-to-end test of the cache across processes.
export { loadWithCompileCache } from './compile-cache.js';

/** What the bundles export (main.ts, and lint-main.ts for the lint bundle). */
interface CliModule {
  run(argv: readonly string[]): Promise<number>;
  /** Only in the lint bundle: `trialyaml lint` with the arguments parsed here, and the worker started here. */
  runLint?(parse: LintArgsParse, early: EarlyLintWorker | undefined): Promise<number>;
}

interface LintWorkerModule {
  serveLintBatches(afterFirstBatch: () => void): void;
}

/** The commands of main.ts, each with a cache of its own; anything else shares one. */
const COMMANDS = new Set(['lint', 'new', 'import', 'export', 'preview', 'rules']);

/** Where compiled code is cached: private to the user; none when TRIALYAML_COMPILE_CACHE=0 or there is no home. */
export function compileCacheDirectory(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.TRIALYAML_COMPILE_CACHE === '0') return undefined;
  if (env.TRIALYAML_COMPILE_CACHE) return env.TRIALYAML_COMPILE_CACHE;
  let home = '';
  try {
    home = homedir();
  } catch {
    // No home folder (some service accounts): no cache.
  }
  const base = env.XDG_CACHE_HOME || (home ? join(home, '.cache') : '');
  return base ? join(base, 'trialyaml', 'compile-cache') : undefined;
}

/**
 * The body of a lint worker thread (the pool starts it with `require(launcher).runLintWorker()`): the worker
 * bundle, loaded with the code cache, which it fills after its first batch of files.
 */
export function runLintWorker(): void {
  const bundle = fileURLToPath(new URL('./lint-worker.cjs', import.meta.url));
  const loaded = loadWithCompileCache<LintWorkerModule>(bundle, compileCacheDirectory(), 'worker');
  loaded.exports.serveLintBatches(() => loaded.saveCache());
}

/**
 * V8 settings for a lint run, by V8 version. A run is short and, with a worker thread, two isolates compile the
 * same code: a quarter of the CPU went to optimizing compilers. Twice V8's default interrupt budget (132 KB)
 * leaves lukewarm functions to the baseline tier: 7-10 % faster on 2,000 and 6,000 files (npm run bench).
 * Only for the V8 it was measured on (Node 20); other versions keep their defaults.
 */
export function lintV8Flags(v8Version: string = process.versions.v8): string[] {
  return v8Version.startsWith('11.3.') ? ['--interrupt-budget=270336'] : [];
}

/** Runs the CLI with `argv` and returns its exit code. */
export async function launch(argv: readonly string[]): Promise<number> {
  // What a run compiles depends on the command: each has its own cache. `lint`, which runs on every commit, has
  // a bundle of its own without the other commands' code.
  const command = COMMANDS.has(argv[0] ?? '') ? (argv[0] as string) : 'other';
  const bundleName = command === 'lint' ? './trialyaml-lint.cjs' : './trialyaml.cjs';
  // Before any of the bundle's code runs; worker threads share the process's flags.
  if (command === 'lint') for (const flag of lintV8Flags()) setFlagsFromString(flag);
  // The arguments of `lint` are parsed here, once; the command takes the parse as it is (or the error it gave).
  const lint = command === 'lint' ? tryParseLintArgs(argv.slice(1)) : undefined;
  // A large run's worker boots while this thread loads the lint code and lists the files (~100 ms it would
  // otherwise lint alone).
  const early =
    lint && 'args' in lint && wantsEarlyLintWorker(lint.args) ? startEarlyLintWorker() : undefined;
  const bundle = fileURLToPath(new URL(bundleName, import.meta.url));
  let loaded: CachedModule<CliModule>;
  let code: number;
  try {
    loaded = loadWithCompileCache<CliModule>(bundle, compileCacheDirectory(), command);
    const cli = loaded.exports;
    code = lint && cli.runLint ? await cli.runLint(lint, early) : await cli.run(argv);
  } finally {
    // The pool stops the worker when it runs; not when the command ends before (a usage error) or the bundle
    // fails to load. (Until the pool takes it, it does not keep the process alive either.)
    if (early) await early.worker.terminate();
  }
  loaded.saveCache();
  return code;
}
