import { execFile, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
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

/**
 * What the file's git history says for its deadlines: the latest commit that changed `overallStatus` and the
 * one that made the primary completion date ACTUAL (author dates), and changes not committed yet (the working
 * file against HEAD). Undefined when the file is not tracked in a git repository or git cannot be run. Only
 * commits whose diff touches an `overallStatus:` or `type:` line are read (git's -G), at most `maxCommits`.
 */
export async function readTrialHistory(
  filePath: string,
  options: ReadTrialHistoryOptions = {},
): Promise<TrialHistory | undefined> {
  const command = options.git ?? 'git';
  const cwd = dirname(filePath);
  const name = basename(filePath);
  let fullName: string;
  try {
    fullName = (
      await git(command, ['ls-files', '-z', '--full-name', '--error-unmatch', '--', name], cwd)
    ).split('\0')[0] as string;
    if (!fullName) return undefined;
  } catch {
    return undefined;
  }
  const logOptions = [
    '-c',
    'log.showSignature=false',
    'log',
    '--follow',
    '--no-color',
    '--no-textconv',
    '--no-ext-diff',
  ];
  let commits: Commit[] = [];
  try {
    // Where the file's own history starts: the commit that added it, or copied it from another trial file (git's
    // --follow follows copies too, into the other trial's history).
    const start = (
      await git(command, [...logOptions, '--diff-filter=AC', '--max-count=1', '--format=%H', '--', name], cwd)
    ).trim();
    if (start) {
      const log = await git(
        command,
        [
          ...logOptions,
          `--max-count=${options.maxCommits ?? 500}`,
          '--format=%x1e%H%x1f%aI',
          '--raw',
          '--no-abbrev',
          // Only commits whose diff touches a status or date-type line can change what deadlines read.
          '-G(overallStatus|type)[[:space:]]*:',
          `${start}..HEAD`,
          '--',
          name,
        ],
        cwd,
      );
      commits = parseLog(log);
    }
  } catch {
    // A repository without commits yet (no HEAD): the file is tracked but has no history.
    commits = [];
  }
  const blobs = new Set<string>();
  for (const commit of commits) {
    if (!NO_BLOB.test(commit.before)) blobs.add(commit.before);
    blobs.add(commit.after);
  }
  const head = `HEAD:${fullName}`;
  const objects = await readObjects(command, [head, ...blobs], cwd).catch(() => new Map<string, string>());
  const versions = new Map<string, Version | undefined>();
  const version = (id: string): Version | undefined => {
    if (!versions.has(id)) versions.set(id, versionOf(objects.get(id)));
    return versions.get(id);
  };

  const history: TrialHistory = {};
  const working = versionOf(options.text ?? (await readFile(filePath, 'utf8').catch(() => undefined)));
  const committed = version(head);
  if (working && committed) {
    if (working.status && working.status !== committed.status)
      history.statusChange = uncommitted(committed.status, working.status);
    if (working.primaryCompletionType === 'ACTUAL' && committed.primaryCompletionType !== 'ACTUAL')
      history.primaryCompletionActual = uncommitted(committed.primaryCompletionType, 'ACTUAL');
  }
  for (const commit of commits) {
    if (history.statusChange && history.primaryCompletionActual) break;
    if (NO_BLOB.test(commit.before)) continue;
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

function uncommitted(from: string | undefined, to: string): HistoryChange {
  return from === undefined ? { to } : { from, to };
}

function committedChange(commit: Commit, from: string | undefined, to: string): HistoryChange {
  return { commit: commit.id, date: commit.date, ...(from === undefined ? {} : { from }), to };
}
