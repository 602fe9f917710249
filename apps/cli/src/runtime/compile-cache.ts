import { createHash, randomBytes } from 'node:crypto';
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import Module, { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { threadId } from 'node:worker_threads';

export interface CachedModule<T> {
  exports: T;
  /** Whether V8 accepted the cached code (false on a first run, or after the file or Node changed). */
  usedCache: boolean;
  /** Writes the code compiled so far to the cache, if the cache did not already hold it. Never throws. */
  saveCache(): void;
}

/**
 * Loads a CommonJS file the way `require` does, compiling it with V8's code cache from `cacheDirectory`.
 *
 * V8 checks cached data only against the source's length and the engine, not its content, so the cache file is
 * named by a hash of the source: a changed file never meets old code. The folder must be the user's own and
 * writable by nobody else (another user's cache would be their code); otherwise, and on any failure to read or
 * write, the file is compiled as usual.
 */
export function loadWithCompileCache<T>(
  file: string,
  cacheDirectory: string | undefined,
  variant: string,
): CachedModule<T> {
  const bytes = readFileSync(file);
  const source = bytes.toString('utf8');
  // Checked once: a folder that does not exist yet is created private when the cache is saved.
  const directory = cacheDirectory && isPrivateFolder(cacheDirectory, true) ? cacheDirectory : undefined;
  const cachePath = directory ? compileCacheFile(file, bytes, directory, variant) : undefined;
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
      if (!cachePath || !directory || usedCache) return;
      // Worker threads share the process id: the temporary name is unique to this thread and this call.
      const temporary = `${cachePath}.${process.pid}-${threadId}-${randomBytes(4).toString('hex')}.tmp`;
      try {
        mkdirSync(directory, { recursive: true, mode: 0o700 });
        writeFileSync(temporary, script.createCachedData(), { mode: 0o600, flag: 'wx' });
        renameSync(temporary, cachePath);
        pruneCaches(directory, `${basename(file)}-${variant}-`);
      } catch {
        // A cache that cannot be written only means the next run compiles again.
        rmSync(temporary, { force: true });
      }
    },
  };
}

/** The cache file for a file's content (`bytes`), variant and Node version. */
export function compileCacheFile(
  file: string,
  bytes: Uint8Array,
  cacheDirectory: string,
  variant: string,
): string {
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 32);
  return join(cacheDirectory, `${basename(file)}-${variant}-${hash}-${process.version}-${process.arch}.bin`);
}

/**
 * Whether `folder` is a real folder (not a link) owned by this user and writable by no one else; with
 * `missingIsFine`, a folder that does not exist yet passes (it will be created private). Always true where
 * there are no user ids (Windows).
 */
export function isPrivateFolder(folder: string, missingIsFine: boolean): boolean {
  if (typeof process.getuid !== 'function') return true;
  try {
    const info = lstatSync(folder);
    return info.isDirectory() && info.uid === process.getuid() && (info.mode & 0o022) === 0;
  } catch (error) {
    return missingIsFine && (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

/** Caches kept per file and variant: a few installed versions (global and per project) can share the folder. */
const VERSIONS_KEPT = 3;
/** Temporary files older than this were left by an interrupted write. */
const STALE_TEMPORARY_MS = 60 * 60 * 1000;

/** Removes all but the newest few caches whose names start with `prefix`, and abandoned temporary files. */
function pruneCaches(cacheDirectory: string, prefix: string): void {
  const now = Date.now();
  const entries = readdirSync(cacheDirectory)
    .filter((name) => name.startsWith(prefix))
    .map((name) => ({
      name,
      path: join(cacheDirectory, name),
      written: statSync(join(cacheDirectory, name)).mtimeMs,
    }));
  const caches = entries.filter(({ name }) => name.endsWith('.bin')).sort((a, b) => b.written - a.written);
  for (const { path } of caches.slice(VERSIONS_KEPT)) rmSync(path, { force: true });
  for (const { name, path, written } of entries)
    if (name.endsWith('.tmp') && now - written > STALE_TEMPORARY_MS) rmSync(path, { force: true });
}
