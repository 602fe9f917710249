import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The files `npm pack` would put in a package's tarball. */
export function packedFiles(packageDir: string): string[] {
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: join(repoRoot, packageDir),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const [report] = JSON.parse(output) as Array<{ files: Array<{ path: string }> }>;
  return (report?.files ?? []).map((file) => file.path).sort();
}

/** Packs a package into a folder and returns the tarball's path. */
export function pack(packageDir: string, into: string): string {
  const output = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', into], {
    cwd: join(repoRoot, packageDir),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const [report] = JSON.parse(output) as Array<{ filename: string }>;
  return join(into, report?.filename ?? '');
}

export function manifest(packageDir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(repoRoot, packageDir, 'package.json'), 'utf8')) as Record<
    string,
    unknown
  >;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
