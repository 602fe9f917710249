import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

export interface CachedModule<T> {
  exports: T;
  /** Whether V8 accepted the cached code (false on a first run, or after the file or Node changed). */
  usedCache: boolean;
  /** Writes the code compiled so far to the cache, if the cache did not already hold it. Never throws. */
  saveCache(): void;
}

/**
 * Loads a CommonJS file the way `require` does, compiling it with V8's code cache from `cacheDirectory`. V8
 * checks the cached data against the source and the engine and rejects it when they differ, so a stale cache
 * only costs the compile it would have saved. Any failure to read or write the cache is ignored.
 */
export function loadWithCompileCache<T>(
  file: string,
  cacheDirectory: string | undefined,
  variant: string,
): CachedModule<T> {
  const source = readFileSync(file, 'utf8');
  const cachePath = cacheDirectory ? compileCacheFile(file, cacheDirectory, variant) : undefined;
  let cachedData: Buffer | undefined;
  try {
    if (cachePath) cachedData = readFileSync(cachePath);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(Module.wrap(source), { filename: file, ...(cachedData ? { cachedData } : {}) });
  const usedCache = cachedData !== undefined && !script.cachedDataRejected;
  const module = { exports: {} as T };
  const wrapper = script.runInThisContext() as (
    exports: unknown,
    require: NodeJS.Require,
    module: unknown,
    filename: string,
    dirname: string,
  ) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports,
    usedCache,
    saveCache() {
      if (!cachePath || usedCache || !cacheDirectory) return;
      try {
        // Created private to the user; a folder the user named is used as it is.
        mkdirSync(cacheDirectory, { recursive: true, mode: 0o700 });
        const temporary = `${cachePath}.${process.pid}.tmp`;
        writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
        renameSync(temporary, cachePath);
        pruneOlderVersions(cacheDirectory, `${basename(file)}-${variant}-`);
      } catch {
        // A cache that cannot be written only means the next run compiles again.
      }
    },
  };
}

/** The cache file for `file`: one per version of the file, Node version and variant. */
export function compileCacheFile(file: string, cacheDirectory: string, variant: string): string {
  const { size, mtimeMs } = statSync(file);
  return join(
    cacheDirectory,
    `${basename(file)}-${variant}-${size}-${Math.floor(mtimeMs)}-${process.version}-${process.arch}.bin`,
  );
}

/** Caches kept per file and variant: a few installed versions (global and per project) can share the folder. */
const VERSIONS_KEPT = 3;

/** Removes all but the newest few caches whose names start with `prefix` (earlier builds or Node versions). */
function pruneOlderVersions(cacheDirectory: string, prefix: string): void {
  const caches = readdirSync(cacheDirectory)
    .filter((name) => name.startsWith(prefix) && name.endsWith('.bin'))
    .map((name) => ({
      path: join(cacheDirectory, name),
      written: statSync(join(cacheDirectory, name)).mtimeMs,
    }))
    .sort((a, b) => b.written - a.written);
  for (const { path } of caches.slice(VERSIONS_KEPT)) rmSync(path, { force: true });
}
