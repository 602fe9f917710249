import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCacheFile, isPrivateFolder, loadWithCompileCache } from './compile-cache.js';
import { compileCacheDirectory } from './launcher.js';

function fixture(): { file: string; cache: string } {
  const dir = mkdtempSync(join(tmpdir(), 'trialyaml-compile-cache-'));
  const file = join(dir, 'module.cjs');
  writeFileSync(
    file,
    'exports.twice = (n) => n * 2;\nexports.file = __filename;\nexports.path = require("node:path").sep;\n',
  );
  return { file, cache: join(dir, 'cache') };
}

describe('loading with the code cache', () => {
  it('loads like require, saves the compiled code once, and uses it on the next load', () => {
    const { file, cache } = fixture();
    const first = loadWithCompileCache<{ twice(n: number): number; file: string; path: string }>(
      file,
      cache,
      'test',
    );
    expect(first.exports.twice(21)).toBe(42);
    expect(first.exports.file).toBe(file);
    expect(first.exports.path).toBe('/');
    expect(first.usedCache).toBe(false);
    first.saveCache();
    expect(readdirSync(cache)).toHaveLength(1);

    const second = loadWithCompileCache<{ twice(n: number): number }>(file, cache, 'test');
    expect(second.usedCache).toBe(true);
    expect(second.exports.twice(2)).toBe(4);
  });

  it('ignores a damaged cache, still loads, and replaces it', () => {
    const { file, cache } = fixture();
    const cacheFile = compileCacheFile(file, readFileSync(file), cache, 'test');
    mkdirSync(cache);
    writeFileSync(cacheFile, 'not V8 code cache');
    const damaged = loadWithCompileCache<{ twice(n: number): number }>(file, cache, 'test');
    expect(damaged.usedCache).toBe(false);
    expect(damaged.exports.twice(1)).toBe(2);
    damaged.saveCache();
    expect(readFileSync(cacheFile).toString()).not.toBe('not V8 code cache');
  });

  it('keeps the newest few versions of a file per variant, so installed versions sharing the folder do not thrash', () => {
    const { file, cache } = fixture();
    const written: string[] = [];
    for (let version = 0; version < 5; version++) {
      writeFileSync(file, `${readFileSync(file, 'utf8')}exports.v${version} = ${version};\n`);
      utimesSync(file, new Date(), new Date(Date.now() + version * 5000));
      loadWithCompileCache(file, cache, 'test').saveCache();
      const path = compileCacheFile(file, readFileSync(file), cache, 'test');
      utimesSync(path, new Date(), new Date(Date.now() - (5 - version) * 1000));
      written.push(basename(path));
    }
    loadWithCompileCache(file, cache, 'other').saveCache();
    expect(readdirSync(cache).sort()).toEqual(
      [...written.slice(2), basename(compileCacheFile(file, readFileSync(file), cache, 'other'))].sort(),
    );
  });

  it('never runs cached code for a changed file, even of the same length and time', () => {
    const { file, cache } = fixture();
    writeFileSync(file, `// ${cache}\nexports.value = 'AAAA';\n`);
    const time = new Date('2020-01-01T00:00:00Z');
    utimesSync(file, time, time);
    loadWithCompileCache(file, cache, 'test').saveCache();
    writeFileSync(file, `// ${cache}\nexports.value = 'BBBB';\n`);
    utimesSync(file, time, time);
    const changed = loadWithCompileCache<{ value: string }>(file, cache, 'test');
    expect(changed.usedCache).toBe(false);
    expect(changed.exports.value).toBe('BBBB');
  });

  it('uses no cache in a folder others can write to', () => {
    const { file } = fixture();
    const shared = mkdtempSync(join(tmpdir(), 'trialyaml-open-'));
    chmodSync(shared, 0o777);
    expect(isPrivateFolder(shared, false)).toBe(false);
    loadWithCompileCache(file, shared, 'test').saveCache();
    expect(readdirSync(shared)).toEqual([]);
  });

  it('works without a cache, and when the cache cannot be written', () => {
    const { file } = fixture();
    const none = loadWithCompileCache<{ twice(n: number): number }>(file, undefined, 'test');
    expect(none.exports.twice(5)).toBe(10);
    expect(() => none.saveCache()).not.toThrow();
    const unwritable = loadWithCompileCache(file, join(file, 'not-a-folder'), 'test');
    expect(() => unwritable.saveCache()).not.toThrow();
  });

  it('creates its own folder private to the user, and leaves the mode of a folder it is given alone', () => {
    const { file, cache } = fixture();
    loadWithCompileCache(file, cache, 'test').saveCache();
    expect(statSync(cache).mode & 0o777).toBe(0o700);
    const shared = mkdtempSync(join(tmpdir(), 'trialyaml-shared-'));
    chmodSync(shared, 0o755);
    loadWithCompileCache(file, shared, 'test').saveCache();
    expect(statSync(shared).mode & 0o777).toBe(0o755);
  });

  it('keeps the cache in the user cache folder unless told otherwise', () => {
    expect(compileCacheDirectory({ XDG_CACHE_HOME: '/home/u/.cache' })).toBe(
      '/home/u/.cache/trialyaml/compile-cache',
    );
    expect(compileCacheDirectory({ TRIALYAML_COMPILE_CACHE: '/tmp/x' })).toBe('/tmp/x');
    expect(compileCacheDirectory({ TRIALYAML_COMPILE_CACHE: '0' })).toBeUndefined();
  });
});
