import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot, tempDir } from './pack.js';

const cli = join(repoRoot, 'apps/cli/bin/trialyaml.js');
const example = readFileSync(join(repoRoot, 'examples/NCT05032014.trial.yaml'), 'utf8');

/** Runs action/lint.sh the way the composite action's step does: INPUT_* variables, GITHUB_* files. */
function runAction(inputs: Record<string, string>) {
  const workspace = tempDir('trialyaml-action-');
  mkdirSync(join(workspace, 'trials'));
  writeFileSync(join(workspace, 'trials/NCT05032014.trial.yaml'), example);
  const outputFile = join(workspace, 'github-output.txt');
  writeFileSync(outputFile, '');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GITHUB_ACTION_PATH: repoRoot,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    TRIALYAML_CLI: cli,
    NO_COLOR: '1',
  };
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`] = value;
  const run = spawnSync('bash', [join(repoRoot, 'action/lint.sh')], {
    cwd: workspace,
    env,
    encoding: 'utf8',
  });
  const outputs = Object.fromEntries(
    readFileSync(outputFile, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(/=(.*)/s).slice(0, 2)),
  ) as Record<string, string>;
  return { run, outputs, workspace };
}

describe('the GitHub Action', () => {
  const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as {
    runs: { using: string; steps: Array<{ env: Record<string, string> }> };
    inputs: Record<string, unknown>;
  };

  it('is a composite action passing every input to its script', () => {
    expect(action.runs.using).toBe('composite');
    const env = action.runs.steps[0]?.env ?? {};
    for (const input of Object.keys(action.inputs))
      expect(env[`INPUT_${input.toUpperCase().replace(/-/g, '_')}`]).toBe(`\${{ inputs.${input} }}`);
  });

  it("annotates findings, writes SARIF and outputs, and passes on lint's exit code", () => {
    const { run, outputs, workspace } = runAction({
      paths: 'trials',
      'as-of': '2026-11-21',
      'sarif-file': 'results/trialyaml.sarif',
      annotations: 'true',
      'max-warnings': '0',
    });
    expect(run.stdout).toMatch(
      /^::warning file=trials\/NCT05032014\.trial\.yaml,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=trialyaml\(healthy-control-needs-healthy-volunteers\)::/m,
    );
    const sarif = JSON.parse(readFileSync(join(workspace, 'results/trialyaml.sarif'), 'utf8')) as {
      version: string;
      runs: Array<{ results: unknown[] }>;
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results.length).toBeGreaterThan(0);
    expect(outputs).toEqual({ 'sarif-file': 'results/trialyaml.sarif', 'exit-code': '1' });
    expect(run.status).toBe(1);
  });

  it('succeeds on warnings without --max-warnings, and lints the whole workspace by default', () => {
    const { run, outputs } = runAction({ 'as-of': '2026-11-21' });
    expect(run.stdout).toMatch(/^::warning /m);
    expect(outputs['exit-code']).toBe('0');
    expect(run.status).toBe(0);
  });

  it('reports a bad input with exit code 2', () => {
    const { run, outputs } = runAction({ 'as-of': 'yesterday' });
    expect(run.stderr).toMatch(/--as-of takes a date written YYYY-MM-DD/);
    expect(outputs['exit-code']).toBe('2');
    expect(run.status).toBe(2);
  });
});

describe('the pre-commit hooks', () => {
  const hooks = parse(readFileSync(join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{
    id: string;
    entry: string;
    files: string;
    language: string;
  }>;

  it('select trial files only', () => {
    for (const hook of hooks) {
      const files = new RegExp(hook.files);
      expect(['a.trial.yaml', 'sub/b.trial.yml'].every((name) => files.test(name))).toBe(true);
      expect(['c.yaml', 'trial.yaml.bak', 'd.trial.json'].some((name) => files.test(name))).toBe(false);
    }
  });

  it('run the CLI on the staged files as pre-commit passes them', () => {
    const lint = hooks.find((hook) => hook.id === 'trialyaml-lint');
    expect(lint?.entry).toBe('trialyaml lint');
    const workspace = tempDir('trialyaml-precommit-');
    writeFileSync(
      join(workspace, 'bad.trial.yaml'),
      example.replace('overallStatus: UNKNOWN', 'overallStatus: unknown'),
    );
    writeFileSync(join(workspace, 'good.trial.yaml'), example);
    const args = (lint?.entry ?? '').split(' ').slice(1);
    const clean = spawnSync(process.execPath, [cli, ...args, 'good.trial.yaml', '--as-of', '2026-11-21'], {
      cwd: workspace,
      encoding: 'utf8',
    });
    expect(clean.status).toBe(0);
    const dirty = spawnSync(
      process.execPath,
      [cli, ...args, 'good.trial.yaml', 'bad.trial.yaml', '--as-of', '2026-11-21'],
      { cwd: workspace, encoding: 'utf8' },
    );
    expect(dirty.status).toBe(1);
    expect(dirty.stdout).toContain('Did you mean Unknown status (UNKNOWN)?');
  });
});
