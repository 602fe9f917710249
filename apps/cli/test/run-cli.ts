import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const binPath = resolve(here, '../bin/trialyaml.js');
export const repoRoot = resolve(here, '../../..');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `trialyaml` binary in a child process. */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {},
): CliRun {
  const result = spawnSync(process.execPath, [binPath, ...args], {
    cwd: options.cwd ?? repoRoot,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...options.env },
    input: options.input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary folder holding the given files (relative path → content). */
export function tempProject(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'trialyaml-cli-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** The day every e2e test passes as --as-of, so date rules do not depend on when tests run. */
export const AS_OF = '2026-11-21';

/** A complete draft trial that passes every rule as of AS_OF. */
export const cleanTrial = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), 'fixtures/clean.trial.yaml'),
  'utf8',
);

/** The clean trial with one text replacement (fails loudly when the text to replace is not there). */
export function withDefect(from: string, to: string): string {
  if (!cleanTrial.includes(from)) throw new Error(`clean.trial.yaml has no "${from}"`);
  return cleanTrial.replace(from, to);
}

/**
 * Starts the stand-in registry (fixtures/registry-server.mjs) in its own process, so that the CLI can be run
 * synchronously against it: its API root, and how to stop it.
 */
export async function startRegistryStandIn(): Promise<{ baseUrl: string; stop: () => void }> {
  const child = spawn(process.execPath, [resolve(here, 'fixtures/registry-server.mjs')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const baseUrl = await new Promise<string>((resolvePort, reject) => {
    let seen = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const port = /PORT (\d+)/.exec(seen)?.[1];
      if (port) resolvePort(`http://127.0.0.1:${port}/api/v2`);
    });
    child.on('exit', (code) => reject(new Error(`the registry stand-in exited (${code})`)));
  });
  return { baseUrl, stop: () => child.kill() };
}
