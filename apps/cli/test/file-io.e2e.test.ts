// The CLI's file input and output on a real file system: links, hard links, modes, owners, read-only files and
// folders, unreadable configs and folders, left-over temporary files, paths that look like globs, pipes.
// Permissions mean nothing to root, which these tests run as in CI: where they matter the real binary runs as the
// unprivileged user 65534 through setpriv (util-linux).
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  statSync,
  symlinkSync,
  utimesSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AS_OF, binPath, cleanTrial, repoRoot, runCli, tempProject, type CliRun } from './run-cli.js';

/** A file `--fix` changes: the safe enum fix writes RECRUITING. */
const fixable = 'statusModule:\n  overallStatus: recruiting\n';
const fixed = 'statusModule:\n  overallStatus: RECRUITING\n';
const NOBODY = 65534;

const isRoot = process.getuid?.() === 0;
const hasSetpriv = spawnSync('setpriv', ['--version']).status === 0;
/** Why tests needing an unprivileged user cannot run here, or undefined when they can. */
const noUnprivilegedUser = !isRoot
  ? undefined // already unprivileged: permissions apply as they are
  : hasSetpriv
    ? undefined
    : 'running as root without setpriv (util-linux), so permissions cannot be tested';

/** Runs the real binary as an unprivileged user (65534) when the tests run as root, else as the current user. */
function runUnprivileged(args: readonly string[], cwd: string): CliRun {
  const command = isRoot
    ? [
        'setpriv',
        `--reuid=${NOBODY}`,
        `--regid=${NOBODY}`,
        '--clear-groups',
        process.execPath,
        binPath,
        ...args,
      ]
    : [process.execPath, binPath, ...args];
  const result = spawnSync(command[0] as string, command.slice(1), {
    cwd,
    env: { ...process.env, HOME: cwd, NO_COLOR: '1', FORCE_COLOR: '' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Gives a tree to the unprivileged user (when root), so it can work there. */
function giveAway(...paths: string[]): void {
  if (!isRoot) return;
  for (const path of paths) chownSync(path, NOBODY, NOBODY);
}

const lint = (cwd: string, ...args: string[]): CliRun =>
  runCli(['lint', '--as-of', AS_OF, '-f', 'json', ...args], { cwd });
const lintAsUser = (cwd: string, ...args: string[]): CliRun =>
  runUnprivileged(['lint', '--as-of', AS_OF, '-f', 'json', ...args], cwd);
const filesOf = (run: CliRun): string[] =>
  (JSON.parse(run.stdout) as Array<{ filePath: string }>).map((result) => result.filePath);

describe('--fix writes through symbolic links, keeps modes and owners, never splits hard links', () => {
  it('writes a linked file through the link: the link stays a link, its target is fixed', () => {
    const dir = tempProject({ 'shared/real.trial.yaml': fixable, 'trials/.keep': '' });
    symlinkSync('../shared/real.trial.yaml', join(dir, 'trials/link.trial.yaml'));
    const run = lint(dir, '--fix', 'trials');
    expect(run.stderr).toBe('');
    expect(lstatSync(join(dir, 'trials/link.trial.yaml')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'trials/link.trial.yaml'))).toBe('../shared/real.trial.yaml');
    expect(readFileSync(join(dir, 'shared/real.trial.yaml'), 'utf8')).toBe(fixed);
    // The temporary file went to the target's folder and is gone.
    expect(readdirSync(join(dir, 'shared'))).toEqual(['real.trial.yaml']);
    expect(readdirSync(join(dir, 'trials')).sort()).toEqual(['.keep', 'link.trial.yaml']);
  });

  it('import -o onto a link to nothing creates the link target and keeps the link', () => {
    const dir = tempProject({ 'out/.keep': '' });
    symlinkSync('../records/NCT02513394.trial.yaml', join(dir, 'out/study.trial.yaml'));
    mkdirSync(join(dir, 'records'));
    const run = runCli(
      ['import', join(repoRoot, 'fixtures/ctgov-samples/NCT02513394.json'), '-o', 'out/study.trial.yaml'],
      { cwd: dir },
    );
    expect(run.status).toBe(0);
    expect(lstatSync(join(dir, 'out/study.trial.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'records/NCT02513394.trial.yaml'), 'utf8')).toContain('NCT02513394');
  });

  it('keeps the mode of the file (0664 and 0600 stay as they were, whatever the umask)', () => {
    const dir = tempProject({ 'group.trial.yaml': fixable, 'private.trial.yaml': fixable });
    chmodSync(join(dir, 'group.trial.yaml'), 0o664);
    chmodSync(join(dir, 'private.trial.yaml'), 0o600);
    expect(lint(dir, '--fix').stderr).toBe('');
    expect(readFileSync(join(dir, 'group.trial.yaml'), 'utf8')).toBe(fixed);
    expect(statSync(join(dir, 'group.trial.yaml')).mode & 0o7777).toBe(0o664);
    expect(statSync(join(dir, 'private.trial.yaml')).mode & 0o7777).toBe(0o600);
  });

  it.skipIf(!isRoot)('as root, keeps the owner and group of a file someone else owns', () => {
    const dir = tempProject({ 'theirs.trial.yaml': fixable });
    chownSync(join(dir, 'theirs.trial.yaml'), 1234, 5678);
    expect(lint(dir, '--fix').stderr).toBe('');
    const info = statSync(join(dir, 'theirs.trial.yaml'));
    expect([info.uid, info.gid]).toEqual([1234, 5678]);
    expect(readFileSync(join(dir, 'theirs.trial.yaml'), 'utf8')).toBe(fixed);
  });

  it('refuses to split a file with hard links (exit 2, both names unchanged), and fixes the other files', () => {
    const dir = tempProject({ 'a.trial.yaml': fixable, 'b.trial.yaml': fixable });
    linkSync(join(dir, 'a.trial.yaml'), join(dir, 'a-copy.yaml'));
    const run = lint(dir, '--fix');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('trialyaml: cannot write a.trial.yaml: it has 2 hard links');
    expect(readFileSync(join(dir, 'a.trial.yaml'), 'utf8')).toBe(fixable);
    expect(statSync(join(dir, 'a.trial.yaml')).nlink).toBe(2);
    expect(readFileSync(join(dir, 'b.trial.yaml'), 'utf8')).toBe(fixed);
    // The unfixed file is still reported, with its finding.
    expect(filesOf(run).map((file) => file.slice(dir.length + 1))).toEqual(['a.trial.yaml', 'b.trial.yaml']);
  });
});

describe.skipIf(noUnprivilegedUser !== undefined)(
  `permissions (as an unprivileged user${noUnprivilegedUser ? `; skipped: ${noUnprivilegedUser}` : ''})`,
  () => {
    it('a read-only file is not rewritten: "cannot write …: permission denied", exit 2, the others fixed', () => {
      const dir = tempProject({ 'ro.trial.yaml': fixable, 'rw.trial.yaml': fixable });
      giveAway(dir, join(dir, 'ro.trial.yaml'), join(dir, 'rw.trial.yaml'));
      chmodSync(join(dir, 'ro.trial.yaml'), 0o444);
      const run = lintAsUser(dir, '--fix');
      expect(run.stderr).toBe('trialyaml: cannot write ro.trial.yaml: permission denied.\n');
      expect(run.status).toBe(2);
      expect(readFileSync(join(dir, 'ro.trial.yaml'), 'utf8')).toBe(fixable);
      expect(statSync(join(dir, 'ro.trial.yaml')).mode & 0o7777).toBe(0o444);
      expect(readFileSync(join(dir, 'rw.trial.yaml'), 'utf8')).toBe(fixed);
      expect(filesOf(run)).toHaveLength(2);
    });

    it('a folder that cannot be written: a per-file error, not an internal error; other folders fixed', () => {
      const dir = tempProject({ 'locked/a.trial.yaml': fixable, 'open/b.trial.yaml': fixable });
      giveAway(dir, join(dir, 'locked'), join(dir, 'open'), join(dir, 'locked/a.trial.yaml'));
      giveAway(join(dir, 'open/b.trial.yaml'));
      chmodSync(join(dir, 'locked'), 0o555);
      const run = lintAsUser(dir, '--fix');
      expect(run.stderr).toBe(
        `trialyaml: cannot write ${join('locked', 'a.trial.yaml')}: permission denied.\n`,
      );
      expect(run.status).toBe(2);
      expect(readFileSync(join(dir, 'locked/a.trial.yaml'), 'utf8')).toBe(fixable);
      expect(readFileSync(join(dir, 'open/b.trial.yaml'), 'utf8')).toBe(fixed);
    });

    it('a nearer config without read permission is an error naming it, not a fall back to the parent’s', () => {
      const dir = tempProject({
        '.trialyamlrc.yaml': 'extends: recommended\n',
        'sub/.trialyamlrc.yaml': 'rules:\n  schema: off\n',
        'sub/a.trial.yaml': cleanTrial,
      });
      giveAway(dir, join(dir, 'sub'), join(dir, 'sub/.trialyamlrc.yaml'), join(dir, 'sub/a.trial.yaml'));
      chmodSync(join(dir, 'sub/.trialyamlrc.yaml'), 0o000);
      const run = lintAsUser(dir);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(
        `${join(dir, 'sub/.trialyamlrc.yaml')}:1:1: cannot read the config file (permission denied)`,
      );
    });

    it('a folder that cannot be read is an error naming it (exit 2); the readable files are still linted', () => {
      const dir = tempProject({ 'closed/a.trial.yaml': cleanTrial, 'b.trial.yaml': cleanTrial });
      giveAway(dir, join(dir, 'closed'), join(dir, 'b.trial.yaml'));
      chmodSync(join(dir, 'closed'), 0o000);
      const run = lintAsUser(dir);
      expect(run.stderr).toBe('trialyaml: cannot read folder closed: permission denied.\n');
      expect(run.status).toBe(2);
      expect(filesOf(run)).toEqual([join(dir, 'b.trial.yaml')]);
      // Named alone: the same error, not "no files".
      const named = lintAsUser(dir, 'closed');
      expect(named.stderr).toBe('trialyaml: cannot read folder closed: permission denied.\n');
      expect(named.status).toBe(2);
    });

    it('a file in a folder that cannot be searched is "permission denied", not "no such file"', () => {
      const dir = tempProject({ 'closed/a.trial.yaml': cleanTrial });
      giveAway(dir, join(dir, 'closed'));
      chmodSync(join(dir, 'closed'), 0o600);
      const run = lintAsUser(dir, 'closed/a.trial.yaml');
      expect(run.stderr).toBe(
        `trialyaml: cannot read ${join('closed', 'a.trial.yaml')}: permission denied.\n`,
      );
      expect(run.status).toBe(2);
    });

    it('a file that cannot be read is an error naming it; the others are still linted', () => {
      const dir = tempProject({ 'secret.trial.yaml': cleanTrial, 'b.trial.yaml': cleanTrial });
      giveAway(dir, join(dir, 'b.trial.yaml'));
      chmodSync(join(dir, 'secret.trial.yaml'), 0o600);
      const run = lintAsUser(dir);
      expect(run.stderr).toBe('trialyaml: cannot read secret.trial.yaml: permission denied.\n');
      expect(run.status).toBe(2);
      expect(filesOf(run)).toEqual([join(dir, 'b.trial.yaml')]);
    });
  },
);

describe('read-only files as root, and configs that are not files', () => {
  it('a file marked read-only for everyone is not rewritten, even by root', () => {
    const dir = tempProject({ 'ro.trial.yaml': fixable });
    chmodSync(join(dir, 'ro.trial.yaml'), 0o444);
    const run = lint(dir, '--fix');
    expect(run.stderr).toBe('trialyaml: cannot write ro.trial.yaml: permission denied.\n');
    expect(run.status).toBe(2);
    expect(readFileSync(join(dir, 'ro.trial.yaml'), 'utf8')).toBe(fixable);
  });

  for (const [kind, make, reason] of [
    ['a folder', (path: string) => mkdirSync(path), 'it is a folder, not a file'],
    ['a link to itself', (path: string) => symlinkSync('.trialyamlrc.yaml', path), 'a symbolic link loop'],
    ['a link to nothing', (path: string) => symlinkSync('gone.yaml', path), 'a symbolic link to nothing'],
  ] as const) {
    it(`a nearer .trialyamlrc.yaml that is ${kind} is an error naming it (exit 2)`, () => {
      const dir = tempProject({
        '.trialyamlrc.yaml': 'extends: recommended\n',
        'sub/a.trial.yaml': cleanTrial,
      });
      make(join(dir, 'sub/.trialyamlrc.yaml'));
      const run = lint(dir);
      expect(run.stderr).toBe(
        `trialyaml: Invalid configuration: ${join(dir, 'sub/.trialyamlrc.yaml')}:1:1: cannot read the config file (${reason})\n`,
      );
      expect(run.status).toBe(2);
    });
  }
});

describe('paths, links and pipes', () => {
  it('cleans up its own temporary files left by a killed run (old ones only), nothing else', () => {
    const dir = tempProject({
      'a.trial.yaml': fixable,
      '.a.trial.yaml.trialyaml-0123456789ab.tmp': 'half',
      '.a.trial.yaml.trialyaml-ba9876543210.tmp': 'another run, now',
      '.a.trial.yaml.0123456789ab.tmp': 'an earlier version',
      '.notes.0123456789ab.tmp': 'not ours',
    });
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    for (const name of [
      '.a.trial.yaml.trialyaml-0123456789ab.tmp',
      '.a.trial.yaml.0123456789ab.tmp',
      '.notes.0123456789ab.tmp',
    ])
      utimesSync(join(dir, name), twoHoursAgo, twoHoursAgo);
    // Linting without --fix writes and removes nothing.
    lint(dir);
    expect(readdirSync(dir)).toHaveLength(5);
    expect(lint(dir, '--fix').stderr).toBe('');
    expect(readdirSync(dir).sort()).toEqual([
      '.a.trial.yaml.trialyaml-ba9876543210.tmp',
      '.notes.0123456789ab.tmp',
      'a.trial.yaml',
    ]);
  });

  it('an existing path that looks like a glob is taken literally', () => {
    const dir = tempProject({ 'a[1].trial.yaml': cleanTrial, 'a1.trial.yaml': cleanTrial });
    const run = lint(dir, 'a[1].trial.yaml');
    expect(run.status).toBe(0);
    expect(filesOf(run)).toEqual([join(dir, 'a[1].trial.yaml')]);
    // A pattern that names no file is still a glob.
    expect(filesOf(lint(dir, 'a[0-9].trial.yaml'))).toEqual([join(dir, 'a1.trial.yaml')]);
  });

  it('a folder link loop lists each file once and ends', () => {
    const dir = tempProject({ 'trials/a.trial.yaml': cleanTrial });
    symlinkSync('..', join(dir, 'trials/loop'));
    symlinkSync('trials', join(dir, 'again'));
    const run = lint(dir);
    expect(run.status).toBe(0);
    expect(filesOf(run)).toEqual([join(dir, 'again/a.trial.yaml')]);
    // A glob through the same links: each file once too.
    expect(filesOf(lint(dir, '**/*.trial.yaml'))).toHaveLength(1);
  });

  it('reads /dev/stdin and a shell’s process substitution as the stream they are', () => {
    const invalid = cleanTrial.replace('overallStatus: RECRUITING', 'overallStatus: recruiting');
    const piped = runCli(['lint', '--as-of', AS_OF, '/dev/stdin'], { input: invalid });
    expect(piped.stdout).toContain(
      'Overall Recruitment Status (statusModule.overallStatus): the text "recruiting" is not an allowed value',
    );
    expect(piped.status).toBe(1);
    const dir = tempProject({ 'x.trial.yaml': invalid });
    const substituted = spawnSync(
      'bash',
      ['-c', `"${process.execPath}" "${binPath}" lint --as-of ${AS_OF} <(cat x.trial.yaml)`],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' } },
    );
    expect(substituted.stdout).toContain(
      'Overall Recruitment Status (statusModule.overallStatus): the text "recruiting" is not an allowed value',
    );
    expect(substituted.status).toBe(1);
    // Fixes have nowhere to go: said, not silently dropped.
    const fixing = runCli(['lint', '--as-of', AS_OF, '--fix', '/dev/stdin'], { input: fixable });
    expect(fixing.stderr).toMatch(/cannot write (\.\.\/)*dev\/stdin: not a regular file\.\n$/);
    expect(fixing.status).toBe(2);
  });
});
