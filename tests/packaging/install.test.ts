import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pack, repoRoot, tempDir } from './pack.js';

/** An empty project outside the workspace with the packed CLI installed, as a user would install it. */
let project = '';

function trialyaml(args: string[]) {
  return spawnSync(
    process.execPath,
    [join(project, 'node_modules/@trialyaml/cli/bin/trialyaml.js'), ...args],
    { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
  );
}

beforeAll(() => {
  const tarballs = tempDir('trialyaml-tarballs-');
  const cli = pack('apps/cli', tarballs);
  project = tempDir('trialyaml-user-');
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'registry-team', private: true }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', cli], {
    cwd: project,
    stdio: 'ignore',
  });
  copyFileSync(join(repoRoot, 'examples/NCT05032014.trial.yaml'), join(project, 'NCT05032014.trial.yaml'));
});

describe('the packed CLI installed in an empty folder', () => {
  it('needs nothing from the workspace: no node_modules of ours but the CLI itself', () => {
    expect(existsSync(join(project, 'node_modules/@trialyaml/cli/dist/trialyaml.cjs'))).toBe(true);
    expect(existsSync(join(project, 'node_modules/@trialyaml/core'))).toBe(false);
  });

  it('lints an example and reports its published flaws', () => {
    const run = trialyaml(['lint', '--format', 'json', '--as-of', '2026-11-21']);
    expect(run.stderr).toBe('');
    const [result] = JSON.parse(run.stdout) as Array<{
      warningCount: number;
      messages: Array<{ ruleId: string }>;
    }>;
    expect(result?.messages.map((message) => message.ruleId)).toContain(
      'healthy-control-needs-healthy-volunteers',
    );
    expect(run.status).toBe(0);
  });

  it('previews an example', () => {
    const run = trialyaml(['preview', 'NCT05032014.trial.yaml', '-o', 'page.html']);
    expect(run.status).toBe(0);
    expect(readFileSync(join(project, 'page.html'), 'utf8')).toContain(
      'Probiotics Enhance the Treatment of PD-1 Inhibitors',
    );
  });

  it('exports an example to registry JSON and imports it back to the same data', () => {
    const exported = trialyaml(['export', 'NCT05032014.trial.yaml', '-o', 'study.json']);
    expect(exported.status).toBe(0);
    const study = JSON.parse(readFileSync(join(project, 'study.json'), 'utf8')) as {
      protocolSection: { identificationModule: { nctId: string } };
    };
    expect(study.protocolSection.identificationModule.nctId).toBe('NCT05032014');
    const imported = trialyaml(['import', 'study.json', '-o', 'back.trial.yaml']);
    expect(imported.status).toBe(0);
    expect(readFileSync(join(project, 'back.trial.yaml'), 'utf8')).toMatch(
      /^# yaml-language-server: \$schema=/,
    );
    const relinted = trialyaml(['lint', 'back.trial.yaml', '--format', 'json', '--as-of', '2026-11-21']);
    const [original] = JSON.parse(
      trialyaml(['lint', 'NCT05032014.trial.yaml', '--format', 'json', '--as-of', '2026-11-21']).stdout,
    ) as Array<{ messages: Array<{ ruleId: string }> }>;
    const [roundTripped] = JSON.parse(relinted.stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
    expect(roundTripped?.messages.map((m) => m.ruleId)).toEqual(original?.messages.map((m) => m.ruleId));
  });

  it('lists its rules and prints its version', () => {
    expect(trialyaml(['rules']).stdout).toMatch(/why-stopped-required/);
    expect(trialyaml(['--version']).stdout.trim()).toBe('0.1.0');
  });
});
