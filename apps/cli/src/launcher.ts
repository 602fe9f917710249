// Starts the command line from dist/trialyaml.cjs with V8's code cache: the compiled code of a command's first run
// is saved (one cache file per command) and reused by the next runs, which then skip most of the compiling.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadWithCompileCache } from './compile-cache.js';

// For the end-to-end test of the cache across processes.
export { loadWithCompileCache } from './compile-cache.js';

interface CliModule {
  run(argv: readonly string[]): Promise<number>;
}

/** Where compiled code is cached: private to the user; none when TRIALYAML_COMPILE_CACHE=0 or there is no home. */
export function compileCacheDirectory(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.TRIALYAML_COMPILE_CACHE === '0') return undefined;
  if (env.TRIALYAML_COMPILE_CACHE) return env.TRIALYAML_COMPILE_CACHE;
  const base = env.XDG_CACHE_HOME || (homedir() ? join(homedir(), '.cache') : '');
  return base ? join(base, 'trialyaml', 'compile-cache') : undefined;
}

/** Runs the CLI with `argv` and returns its exit code. */
export async function launch(argv: readonly string[]): Promise<number> {
  const bundle = fileURLToPath(new URL('./trialyaml.cjs', import.meta.url));
  // What a run compiles depends on the command: each has its own cache.
  const command = /^[a-z]+$/.test(argv[0] ?? '') ? (argv[0] as string) : 'other';
  const loaded = loadWithCompileCache<CliModule>(bundle, compileCacheDirectory(), command);
  const code = await loaded.exports.run(argv);
  loaded.saveCache();
  return code;
}
