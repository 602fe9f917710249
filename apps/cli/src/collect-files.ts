import { stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UsageError } from './exit-codes.js';

/** Trial files are named *.trial.yaml or *.trial.yml. */
export const TRIAL_FILE_GLOB = '**/*.trial.{yaml,yml}';
const IGNORED = ['**/node_modules/**', '**/.git/**'];

/**
 * Turns the command line's paths, folders and globs into a sorted list of absolute file paths. A file named
 * explicitly is linted whatever its name; folders and globs yield trial files only. Nothing found is an error.
 */
export async function collectFiles(patterns: readonly string[], cwd: string): Promise<string[]> {
  const found = new Set<string>();
  const targets = patterns.length ? patterns : ['.'];
  for (const pattern of targets) {
    if (isDynamicPattern(pattern)) {
      const matches = await glob(pattern, {
        cwd,
        absolute: true,
        ignore: IGNORED,
        onlyFiles: true,
        expandDirectories: false,
      });
      if (!matches.length) throw new UsageError(`No files match the pattern "${pattern}".`);
      for (const match of matches) found.add(resolve(match));
      continue;
    }
    const path = isAbsolute(pattern) ? pattern : resolve(cwd, pattern);
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new UsageError(`No such file or folder: ${pattern}`);
    if (info.isDirectory()) {
      const matches = await glob(TRIAL_FILE_GLOB, {
        cwd: path,
        absolute: true,
        ignore: IGNORED,
        onlyFiles: true,
      });
      if (!matches.length && patterns.length)
        throw new UsageError(`No *.trial.yaml or *.trial.yml files in ${pattern}.`);
      for (const match of matches) found.add(resolve(match));
    } else {
      found.add(path);
    }
  }
  if (!found.size)
    throw new UsageError('No *.trial.yaml or *.trial.yml files found here. Name files or folders to lint.');
  return [...found].sort();
}
