import { execFile, spawn } from 'node:child_process';
import { readFile, realpath } from 'node:fs/promises';
import { dirname, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import type { HistoryChange, TrialHistory } from '../deadlines/types.js';
import { loadTrial } from '../yaml/load-trial.js';

export interface ReadTrialHistoryOptions {
  /** The file's current text, when the caller has read it already. Default: read from disk. */
  text?: string;
  /** The git executable. Default `git` from the PATH. */
  git?: string;
  /** Commits to look through, newest first. Default 500. */
  maxCommits?: number;
}

/** What deadlines need from one version of the file. */
interface Version {
  status: string | undefined;
  primaryCompletionType: string | undefined;
}

const NO_BLOB = /^0+$/;

function versionOf(text: string | undefined): Version | undefined {
  if (text === undefined) return undefined;
  const data = loadTrial(text).data;
  const status = (data as { statusModule?: Record<string, unknown> } | undefined)?.statusModule;
  const read = (value: unknown): string | undefined => (typeof value === 'string' ? value.trim() : undefined);
  if (typeof status !== 'object' || status === null)
    return { status: undefined, primaryCompletionType: undefined };
  const primary = status.primaryCompletionDateStruct;
  return {
    status: read(status.overallStatus),
    primaryCompletionType:
      typeof primary === 'object' && primary !== null
        ? read((primary as Record<string, unknown>).type)
        : undefined,
  };
}

const execFileAsync = promisify(execFile);

/** Runs git in `cwd` and returns its output; rejects when it cannot run or exits non-zero. */
async function git(command: string, args: string[], cwd: string): Promise<string> {
  const { stdout } = await execFileAsync(command, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' },
  });
  return stdout;
}

/** Reads objects (`<blob id>` or `<rev>:<path>`) in one `git cat-file --batch`; missing ones are absent. */
function readObjects(command: string, names: string[], cwd: string): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, ['cat-file', '--batch'], {
      cwd,
      stdio: ['pipe', 'pipe', 'ignore'],
      env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' },
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.stdin.on('error', () => undefined);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`git cat-file exited with ${code}`));
        return;
      }
      const output = Buffer.concat(chunks);
      const objects = new Map<string, string>();
      let offset = 0;
      for (const name of names) {
        const end = output.indexOf(0x0a, offset);
        if (end < 0) break;
        const line = output.toString('utf8', offset, end);
        offset = end + 1;
        // "<name> missing" (or "ambiguous"), else "<id> <type> <size>" and the content.
        if (line.endsWith(' missing') || line.endsWith(' ambiguous')) continue;
        const size = Number(line.split(' ')[2]);
        if (!Number.isSafeInteger(size)) break;
        objects.set(name, output.toString('utf8', offset, offset + size));
        offset += size + 1;
      }
      resolve(objects);
    });
    child.stdin.end(names.map((name) => `${name}\n`).join(''));
  });
}

interface Commit {
  id: string;
  date: string;
  before: string;
  after: string;
}

/** Parses `git log --format=%x1e%H%x1f%aI --raw --no-abbrev` into commits with the file's blob before and after. */
function parseLog(output: string): Commit[] {
  const commits: Commit[] = [];
  for (const record of output.split('\x1e')) {
    const [header, ...rest] = record.split('\n');
    const [id, authorDate] = (header ?? '').split('\x1f');
    const raw = rest.find((line) => line.startsWith(':'));
    if (!id || !authorDate || !raw) continue;
    const [, , before, after] = raw.slice(1).split(/\s+/);
    if (!before || !after) continue;
    commits.push({ id, date: authorDate.slice(0, 10), before, after });
  }
  return commits;
}

/** What one repository says about all its files at once: where it is, what it tracks, what differs from HEAD. */
interface Repository {
  root: string;
  /** Paths relative to the root, `/`-separated, as git writes them. */
  tracked: Set<string>;
  modified: Set<string>;
}

const LOG_OPTIONS = [
  '-c',
  'log.showSignature=false',
  'log',
  '--follow',
  '--no-color',
  '--no-textconv',
  '--no-ext-diff',
];

/** Only commits whose diff touches a status or date-type line can change what deadlines read. */
const STATUS_LINES = '-G(overallStatus|type)[[:space:]]*:';

async function readRepository(command: string, dir: string): Promise<Repository | undefined> {
  try {
    const root = (await git(command, ['rev-parse', '--show-toplevel'], dir)).trim();
    if (!root) return undefined;
    const tracked = new Set(
      (await git(command, ['ls-files', '-z', '--full-name'], root)).split('\0').filter(Boolean),
    );
    const modified = new Set<string>();
    // `XY path` entries; a rename adds its old path as the next entry.
    const entries = (
      await git(command, ['status', '--porcelain=v1', '-z', '--untracked-files=no'], root)
    ).split('\0');
    for (let index = 0; index < entries.length; index++) {
      const entry = entries[index] ?? '';
      if (entry.length < 4) continue;
      modified.add(entry.slice(3));
      if (entry[0] === 'R' || entry[0] === 'C') index++;
    }
    return { root, tracked, modified };
  } catch {
    return undefined;
  }
}

/** The file's path in its repository (`/`-separated), when the repository tracks it. */
async function trackedPath(repository: Repository, filePath: string): Promise<string | undefined> {
  const real = await realpath(filePath).catch(() => undefined);
  if (!real) return undefined;
  const path = relative(repository.root, real).split(sep).join('/');
  return repository.tracked.has(path) ? path : undefined;
}

/** The commits of the file's own history that touch its status lines, newest first. */
async function candidateCommits(
  command: string,
  root: string,
  path: string,
  maxCommits: number,
): Promise<Commit[]> {
  const log = (range: string[]): Promise<string> =>
    git(
      command,
      [
        ...LOG_OPTIONS,
        `--max-count=${maxCommits}`,
        '--format=%x1e%H%x1f%aI',
        '--raw',
        '--no-abbrev',
        STATUS_LINES,
        ...range,
        '--',
        path,
      ],
      root,
    );
  try {
    const commits = parseLog(await log([]));
    // Most files show only the commit that added them: nothing changed since.
    if (commits.every((commit) => NO_BLOB.test(commit.before))) return [];
    // git's --follow also follows copies, into the history of the trial a file was copied from: the file's own
    // history starts at the commit that added or copied it.
    const start = (
      await git(
        command,
        [...LOG_OPTIONS, '--diff-filter=AC', '--max-count=1', '--format=%H', '--', path],
        root,
      )
    ).trim();
    return start ? parseLog(await log([`${start}..HEAD`])) : commits;
  } catch {
    // A repository without commits yet (no HEAD): the file is tracked but has no history.
    return [];
  }
}

async function historyIn(
  repository: Repository,
  path: string,
  text: string | undefined,
  changed: boolean,
  options: { command: string; maxCommits: number },
): Promise<TrialHistory> {
  const { command } = options;
  const commits = (await candidateCommits(command, repository.root, path, options.maxCommits)).filter(
    (commit) => !NO_BLOB.test(commit.before),
  );
  const head = `HEAD:${path}`;
  const names = changed ? [head] : [];
  for (const commit of commits) names.push(commit.before, commit.after);
  const history: TrialHistory = {};
  if (!names.length) return history;
  const objects = await readObjects(command, [...new Set(names)], repository.root).catch(
    () => new Map<string, string>(),
  );
  const versions = new Map<string, Version | undefined>();
  const version = (id: string): Version | undefined => {
    if (!versions.has(id)) versions.set(id, versionOf(objects.get(id)));
    return versions.get(id);
  };
  if (changed) {
    const working = versionOf(text);
    const committed = version(head);
    if (working && committed) {
      if (working.status && working.status !== committed.status)
        history.statusChange = uncommitted(committed.status, working.status);
      if (working.primaryCompletionType === 'ACTUAL' && committed.primaryCompletionType !== 'ACTUAL')
        history.primaryCompletionActual = uncommitted(committed.primaryCompletionType, 'ACTUAL');
    }
  }
  for (const commit of commits) {
    if (history.statusChange && history.primaryCompletionActual) break;
    const before = version(commit.before);
    const after = version(commit.after);
    if (!before || !after) continue;
    if (!history.statusChange && after.status && after.status !== before.status)
      history.statusChange = committedChange(commit, before.status, after.status);
    if (
      !history.primaryCompletionActual &&
      after.primaryCompletionType === 'ACTUAL' &&
      before.primaryCompletionType !== 'ACTUAL'
    )
      history.primaryCompletionActual = committedChange(commit, before.primaryCompletionType, 'ACTUAL');
  }
  return history;
}

export interface ReadTrialHistoriesOptions {
  /** The git executable. Default `git` from the PATH. */
  git?: string;
  /** Commits to look through per file, newest first. Default 500. */
  maxCommits?: number;
  /** Files read at once (each runs git). Default 4. */
  concurrency?: number;
}

/**
 * What the files' git history says for their deadlines: for each file, the latest commit that changed
 * `overallStatus` and the one that made the primary completion date ACTUAL (author dates), and changes not
 * committed yet (the working file against HEAD). A file not tracked in a git repository (or when git cannot be
 * run) maps to undefined. Each repository is asked once for what it tracks and what differs from HEAD; per file,
 * only commits whose diff touches an `overallStatus:` or `type:` line are read (git's -G), at most `maxCommits`.
 * `text` is the file's current text when the caller has read it (default: read from disk).
 */
export async function readTrialHistories(
  files: ReadonlyArray<{ path: string; text?: string }>,
  options: ReadTrialHistoriesOptions = {},
): Promise<Map<string, TrialHistory | undefined>> {
  const command = options.git ?? 'git';
  const maxCommits = options.maxCommits ?? 500;
  const repositories = new Map<string, Promise<Repository | undefined>>();
  const repositoryOf = (dir: string): Promise<Repository | undefined> => {
    let repository = repositories.get(dir);
    if (!repository) repositories.set(dir, (repository = readRepository(command, dir)));
    return repository;
  };
  const results = new Map<string, TrialHistory | undefined>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const file = files[next++] as { path: string; text?: string };
      const repository = await repositoryOf(dirname(file.path));
      const path = repository ? await trackedPath(repository, file.path) : undefined;
      if (!repository || !path) {
        results.set(file.path, undefined);
        continue;
      }
      const saved = await readFile(file.path, 'utf8').catch(() => undefined);
      // A text that is not what is saved (an editor's unsaved buffer) differs from HEAD as a modified file does.
      const changed = repository.modified.has(path) || (file.text !== undefined && file.text !== saved);
      results.set(
        file.path,
        await historyIn(repository, path, file.text ?? saved, changed, { command, maxCommits }),
      );
    }
  };
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 4, files.length)) }, worker),
  );
  return results;
}

/** {@link readTrialHistories} for one file: undefined when it is not tracked in a git repository. */
export async function readTrialHistory(
  filePath: string,
  options: ReadTrialHistoryOptions = {},
): Promise<TrialHistory | undefined> {
  const histories = await readTrialHistories(
    [{ path: filePath, ...(options.text === undefined ? {} : { text: options.text }) }],
    options,
  );
  return histories.get(filePath);
}

function uncommitted(from: string | undefined, to: string): HistoryChange {
  return from === undefined ? { to } : { from, to };
}

function committedChange(commit: Commit, from: string | undefined, to: string): HistoryChange {
  return { commit: commit.id, date: commit.date, ...(from === undefined ? {} : { from }), to };
}
