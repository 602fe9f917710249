import { realpathSync, type Dirent, type Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UsageError } from './exit-codes.js';
import { reasonOf } from './write-user-file.js';

/** Trial files are named *.trial.yaml or *.trial.yml. */
export const TRIAL_FILE_GLOB = '**/*.trial.{yaml,yml}';
const TRIAL_FILE_NAME = /\.trial\.ya?ml$/;
/** Folders never searched, as globs do not search them either. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
const IGNORED = ['**/node_modules/**', '**/.git/**'];

/** What the command line names: the files to lint, and what could not be searched or read (exit code 2). */
export interface CollectedFiles {
  /** Absolute paths, sorted; a file reached by several paths (links) once, by the first. */
  files: string[];
  /** The real folders of the files (where a rewrite puts its temporary file). */
  realFolders: Set<string>;
  /** "cannot read folder private: permission denied", one per path. */
  problems: string[];
}

/** The path's real path, or the path when it has none (a pipe under /proc, a file gone since). */
function realPathOf(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}

/**
 * Turns the command line's paths, folders and globs into a sorted list of absolute file paths. A file named
 * explicitly is linted whatever its name; folders and globs yield trial files only. A path that exists is taken
 * as it is, even when it looks like a glob (`a[1].trial.yaml`). Folders are searched once each by real path, so a
 * link loop ends and a file is listed once. Nothing found, and nothing that failed, is an error.
 */
export async function collectFiles(patterns: readonly string[], cwd: string): Promise<CollectedFiles> {
  const byRealPath = new Map<string, string>();
  const realFolders = new Set<string>();
  const problems: string[] = [];
  const shown = (path: string): string => relative(cwd, path) || path;
  const add = (path: string, realPath: string = realPathOf(path)): void => {
    if (byRealPath.has(realPath)) return;
    byRealPath.set(realPath, path);
    realFolders.add(dirname(realPath));
  };
  const searched = new Set<string>();

  /** Adds the trial files under `folder` (whose real path is `real`), following links to folders once. */
  const search = async (folder: string, real: string): Promise<void> => {
    if (searched.has(real)) return;
    searched.add(real);
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      problems.push(`cannot read folder ${shown(folder)}: ${reasonOf(error)}`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      // Hidden files and folders are not searched (as the globs before did not).
      if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue;
      const path = join(folder, entry.name);
      if (entry.isSymbolicLink()) {
        let target: Stats;
        try {
          target = await stat(path);
        } catch (error) {
          // A link to nothing named like a trial file is a file that cannot be read; other links are not ours.
          if (TRIAL_FILE_NAME.test(entry.name))
            problems.push(`cannot read ${shown(path)}: ${reasonOf(error)} (a symbolic link to nothing?)`);
          continue;
        }
        const realPath = realPathOf(path);
        if (target.isDirectory()) await search(path, realPath);
        else if (TRIAL_FILE_NAME.test(entry.name)) add(path, realPath);
      } else if (entry.isDirectory()) {
        await search(path, join(real, entry.name));
      } else if (TRIAL_FILE_NAME.test(entry.name)) {
        add(path, join(real, entry.name));
      }
    }
  };

  const targets = patterns.length ? patterns : ['.'];
  for (const pattern of targets) {
    const path = isAbsolute(pattern) ? pattern : resolve(cwd, pattern);
    let info: Stats | undefined;
    let failure: unknown;
    try {
      info = await stat(path);
    } catch (error) {
      failure = error;
    }
    if (info?.isDirectory()) {
      const before = byRealPath.size;
      const problemsBefore = problems.length;
      await search(path, realPathOf(path));
      if (byRealPath.size === before && problems.length === problemsBefore && patterns.length)
        throw new UsageError(`No *.trial.yaml or *.trial.yml files in ${pattern}.`);
      continue;
    }
    if (info) {
      add(path);
      continue;
    }
    const code = (failure as NodeJS.ErrnoException | undefined)?.code;
    if (isDynamicPattern(pattern) && (code === 'ENOENT' || code === 'ENOTDIR')) {
      const matches = await glob(pattern, {
        cwd,
        absolute: true,
        ignore: IGNORED,
        onlyFiles: true,
        expandDirectories: false,
      });
      if (!matches.length) throw new UsageError(`No files match the pattern "${pattern}".`);
      for (const match of matches.sort()) add(resolve(match));
      continue;
    }
    if (code === 'ENOENT') throw new UsageError(`No such file or folder: ${pattern}`);
    // It may exist, but cannot be reached (a folder on the way that cannot be searched, a link loop).
    problems.push(`cannot read ${shown(path)}: ${reasonOf(failure)}`);
  }
  if (!byRealPath.size && !problems.length)
    throw new UsageError('No *.trial.yaml or *.trial.yml files found here. Name files or folders to lint.');
  return { files: [...byRealPath.values()].sort(), realFolders, problems };
}
