// `lint --fix` killed with SIGKILL part-way through many files: every file is as it was or fully fixed, never
// anything else, and the next run removes what the killed one left and finishes the fixes. The kill points are
// counts of files the killed run has replaced (observed as real renames in the folder), never times.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, watch, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOwnTemporaryFile } from '../src/write-user-file.js';
import { AS_OF, binPath, runCli, withDefect } from './run-cli.js';

/** Files per run: enough that a run is still writing when the last kill point is reached. */
const FILES = 300;
/**
 * When to kill: once the run has replaced this many files, or once this many temporary files of its have appeared
 * (the kill then most likely lands between a temporary file's creation and its rename).
 */
type KillPoint = { replaced: number } | { temporaryFiles: number };
const KILL_POINTS: KillPoint[] = [
  { replaced: 1 },
  { replaced: 100 },
  { temporaryFiles: 150 },
  { replaced: 200 },
];

function describePoint(point: KillPoint): string {
  return 'replaced' in point ? `${point.replaced} replaced` : `${point.temporaryFiles} temporary files`;
}

/** Three kinds of fixable files (a fix of an enum's case, a masking level, blanks around text), one with CRLF. */
const kinds = [
  withDefect('  overallStatus: RECRUITING\n', '  overallStatus: recruiting\n'),
  withDefect('      masking: DOUBLE\n', '      masking: QUADRUPLE\n'),
  withDefect(
    '  briefTitle: Vitamin D Supplements for Adults With Mild Asthma\n',
    '  briefTitle: "  Vitamin D Supplements for Adults With Mild Asthma  "\n',
  ).replace(/\n/g, '\r\n'),
];

const names = Array.from({ length: FILES }, (_, i) => `t${String(i).padStart(3, '0')}.trial.yaml`);

function originalFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'trialyaml-killed-'));
  names.forEach((name, i) => writeFileSync(join(dir, name), kinds[i % kinds.length] as string));
  return dir;
}

function copyOf(dir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'trialyaml-killed-'));
  cpSync(dir, copy, { recursive: true });
  return copy;
}

const fixArgs = ['lint', '--fix', '--quiet', '--as-of', AS_OF, '.'];

/**
 * Runs `lint --fix` in `dir` and SIGKILLs it at `point`: a file counts as replaced when its name has a new inode
 * (our writes rename a new file over the old one). Resolves with how it ended and what it had replaced by then.
 */
function runAndKill(
  dir: string,
  point: KillPoint,
): Promise<{ signal: NodeJS.Signals | null; replacedAtKill: number }> {
  const inodes = new Map(names.map((name) => [name, statSync(join(dir, name)).ino]));
  const replaced = new Set<string>();
  const temporaries = new Set<string>();
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [binPath, ...fixArgs], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
      stdio: 'ignore',
    });
    let replacedAtKill = -1;
    const kill = (): void => {
      replacedAtKill = replaced.size;
      child.kill('SIGKILL');
    };
    const check = (name: string | null): void => {
      if (replacedAtKill !== -1 || !name) return;
      if (isOwnTemporaryFile(name)) {
        temporaries.add(name);
        if ('temporaryFiles' in point && temporaries.size >= point.temporaryFiles) kill();
        return;
      }
      if (!inodes.has(name) || replaced.has(name)) return;
      const now = (() => {
        try {
          return statSync(join(dir, name)).ino;
        } catch {
          return undefined;
        }
      })();
      if (now === undefined || now === inodes.get(name)) return;
      replaced.add(name);
      if ('replaced' in point && replaced.size >= point.replaced) kill();
    };
    const watcher = watch(dir, (_event, name) => check(name));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      watcher.close();
      resolveRun({ signal, replacedAtKill });
    });
  });
}

function ownTemporaryFiles(dir: string): string[] {
  return readdirSync(dir).filter(isOwnTemporaryFile);
}

describe('lint --fix killed with SIGKILL', () => {
  it(`${FILES} files, killed at ${KILL_POINTS.map(describePoint).join(', ')}: every file is whole, old or fixed; the next run finishes`, async () => {
    const original = originalFolder();
    const originals = new Map(names.map((name) => [name, readFileSync(join(original, name))]));

    // The fully fixed result: an uninterrupted run on a copy.
    const reference = copyOf(original);
    const full = runCli(fixArgs, { cwd: reference });
    expect(full.stderr).toContain(`fixed ${FILES} files.`);
    const fixedBytes = new Map(names.map((name) => [name, readFileSync(join(reference, name))]));
    for (const name of names)
      expect(fixedBytes.get(name)?.equals(originals.get(name) as Buffer), name).toBe(false);
    expect(readdirSync(reference).sort()).toEqual(names);

    let leftOriginal = 0;
    for (const point of KILL_POINTS) {
      const at = describePoint(point);
      const dir = copyOf(original);
      const { signal, replacedAtKill } = await runAndKill(dir, point);
      // The run was cut short by our kill, after the files counted.
      expect(signal, at).toBe('SIGKILL');
      if ('replaced' in point) expect(replacedAtKill, at).toBeGreaterThanOrEqual(point.replaced);

      let fixedNow = 0;
      for (const name of names) {
        const bytes = readFileSync(join(dir, name));
        const isOriginal = bytes.equals(originals.get(name) as Buffer);
        const isFixed = bytes.equals(fixedBytes.get(name) as Buffer);
        expect(
          isOriginal || isFixed,
          `${name} after a kill at ${at}: neither the original nor the fixed text`,
        ).toBe(true);
        if (isFixed) fixedNow++;
        else leftOriginal++;
      }
      expect(fixedNow).toBeGreaterThanOrEqual(replacedAtKill);
      // Nothing but the trial files and, perhaps, a temporary file of ours the kill interrupted.
      const others = readdirSync(dir).filter((name) => !originals.has(name));
      expect(others.filter((name) => !isOwnTemporaryFile(name))).toEqual([]);

      // The next run removes what the killed one left (its process is gone) and finishes the fixes.
      const next = runCli(fixArgs, { cwd: dir });
      expect(next.stderr, at).toContain(`fixed ${FILES - fixedNow} file`);
      expect(readdirSync(dir).sort()).toEqual(names);
      for (const name of names)
        expect(readFileSync(join(dir, name)).equals(fixedBytes.get(name) as Buffer), name).toBe(true);
    }
    // The kills came while work was left: otherwise this test says nothing about an interrupted run.
    expect(leftOriginal).toBeGreaterThan(0);
  });

  it('removes a fresh temporary file of ours whose process is gone, and keeps one whose process runs', () => {
    const host = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);
    // A process that has ended: its id names a writer that is gone.
    const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    const goneName = `.a.trial.yaml.trialyaml-${host}-${ended.stdout}-0123456789ab.tmp`;
    const liveName = `.a.trial.yaml.trialyaml-${host}-${process.pid}-ba9876543210.tmp`;
    const otherHostName = `.a.trial.yaml.trialyaml-${host === '00000000' ? '11111111' : '00000000'}-${ended.stdout}-0123456789ab.tmp`;
    const dir = originalFolder();
    for (const name of [goneName, liveName, otherHostName]) writeFileSync(join(dir, name), 'half');
    expect(ownTemporaryFiles(dir).sort()).toEqual([goneName, liveName, otherHostName].sort());
    const run = runCli(fixArgs, { cwd: dir });
    expect(run.stderr).toContain(`fixed ${FILES} files.`);
    // Only the one left by a process of this machine that no longer runs; another machine's may still be writing.
    expect(ownTemporaryFiles(dir).sort()).toEqual([liveName, otherHostName].sort());
  });
});
