import { realpathSync, type Dirent, type Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
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

/** A folder's entry: `join` without its normalizing (the folder is a resolved path, the name has no separator). */
function childPath(folder: string, name: string): string {
  return folder.endsWith(sep) ? folder + name : folder + sep + name;
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
 * as it is, even when it looks like a glob (`a[1].trial.yaml`). Links to folders are followed, but never into a folder
 * they are in (a link loop ends there); a file reached by several paths is listed once. Nothing found, and nothing that failed, is an error.
 */
export async function collectFiles(patterns: readonly string[], cwd: string): Promise<CollectedFiles> {
  const byRealPath = new Map<string, string>();
  const realFolders = new Set<string>();
  const problems: string[] = [];
  const shown = (path: string): string => relative(cwd, path) || path;
  const add = (path: string, realPath: string = realPathOf(path), realFolder?: string): void => {
    if (byRealPath.has(realPath)) return;
    byRealPath.set(realPath, path);
    realFolders.add(realFolder ?? dirname(realPath));
  };
  /** What a folder gives, in name order: files (with their real paths) and the folders' problems. */
  type Found = { path: string; realPath: string; realFolder: string } | { problem: string };

  /**
   * The trial files under `folder` (whose real path is `real`), following links to folders but not into a folder
   * that holds them (`ancestors`: the real paths on the way, so a link loop ends). Subfolders are read at the same
   * time (a run over thousands of files waits on the disk, not on each folder in turn); what they give is put back
   * in name order, so the same path to a file always comes first.
   */
  const search = async (folder: string, real: string, ancestors: ReadonlySet<string>): Promise<Found[]> => {
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      return [{ problem: `cannot read folder ${shown(folder)}: ${reasonOf(error)}` }];
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const inside = new Set(ancestors).add(real);
    // Without links on the way a path is its own real path: the same string serves as both.
    const unlinked = folder === real;
    const parts: Array<Found | Promise<Found[]>> = [];
    for (const entry of entries) {
      const name = entry.name;
      // Hidden files and folders are not searched (as the globs before did not).
      if (name.startsWith('.') || SKIPPED_FOLDERS.has(name)) continue;
      const path = childPath(folder, name);
      if (entry.isSymbolicLink()) parts.push(linked(path, name, inside));
      else if (entry.isDirectory()) parts.push(search(path, unlinked ? path : childPath(real, name), inside));
      else if (TRIAL_FILE_NAME.test(name))
        parts.push({ path, realPath: unlinked ? path : childPath(real, name), realFolder: real });
    }
    const found: Found[] = [];
    for (const part of parts) {
      if (part instanceof Promise) for (const item of await part) found.push(item);
      else found.push(part);
    }
    return found;
  };

  /** What a symbolic link in a folder gives: the folder it links to searched, or a trial file. */
  const linked = async (path: string, name: string, inside: ReadonlySet<string>): Promise<Found[]> => {
    let target: Stats;
    try {
      target = await stat(path);
    } catch (error) {
      // A link to nothing named like a trial file is a file that cannot be read; other links are not ours.
      return TRIAL_FILE_NAME.test(name)
        ? [{ problem: `cannot read ${shown(path)}: ${reasonOf(error)} (a symbolic link to nothing?)` }]
        : [];
    }
    const realPath = realPathOf(path);
    if (target.isDirectory()) return inside.has(realPath) ? [] : search(path, realPath, inside);
    return TRIAL_FILE_NAME.test(name) ? [{ path, realPath, realFolder: dirname(realPath) }] : [];
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
      const found = await search(path, realPathOf(path), new Set());
      if (!found.length && patterns.length)
        throw new UsageError(`No *.trial.yaml or *.trial.yml files in ${pattern}.`);
      for (const item of found) {
        if ('problem' in item) problems.push(item.problem);
        else add(item.path, item.realPath, item.realFolder);
      }
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
