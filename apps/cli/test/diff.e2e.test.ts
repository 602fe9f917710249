import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { stringifyTrial } from '@trialyaml/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binPath, repoRoot, runCli, startRegistryStandIn, tempProject } from './run-cli.js';

const samplesDir = join(repoRoot, 'fixtures/ctgov-samples');
const sampleText = (name: string): string => readFileSync(join(samplesDir, name), 'utf8');
type Protocol = Record<string, Record<string, unknown>>;
const protocolOf = (name: string): Protocol =>
  (JSON.parse(sampleText(name)) as { protocolSection: Protocol }).protocolSection;

/** NCT02513394 as a trial file, with edits: status changed, a keyword dropped, sites in reverse order. */
function editedTrial(): { text: string; protocol: Protocol } {
  const protocol = protocolOf('NCT02513394.json');
  const edited = structuredClone(protocol) as Protocol & {
    contactsLocationsModule: { locations: unknown[] };
    conditionsModule: { keywords: string[] };
  };
  edited.statusModule!.overallStatus = 'COMPLETED';
  edited.contactsLocationsModule.locations.reverse();
  edited.conditionsModule.keywords = edited.conditionsModule.keywords.slice(1);
  return { text: stringifyTrial(edited, { headerComments: ['Edited for the test.'] }), protocol };
}

const EXPECTED_CHANGES = [
  {
    pointer: '/statusModule/overallStatus',
    change: 'changed',
    label: 'Overall Recruitment Status',
    section: 'Study Status',
  },
  {
    pointer: '/conditionsModule/keywords/0',
    change: 'removed',
    label: 'Keywords',
    section: 'Conditions and Keywords',
  },
];

const summary = (json: string): unknown =>
  (JSON.parse(json) as Array<Record<string, unknown>>).map(({ pointer, change, label, section }) => ({
    pointer,
    change,
    label,
    section,
  }));

function git(cwd: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', GIT_CONFIG_NOSYSTEM: '1', HOME: cwd, GIT_PAGER: 'cat' },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A git repository holding the sample as a trial file in its first commit, and the edited file in the worktree. */
function repository(): string {
  const dir = tempProject({});
  expect(git(dir, 'init', '-q').status).toBe(0);
  const imported = runCli([
    'import',
    join(samplesDir, 'NCT02513394.json'),
    '-o',
    join(dir, 'trial.trial.yaml'),
  ]);
  expect(imported.status).toBe(0);
  expect(git(dir, 'add', '.').status).toBe(0);
  expect(git(dir, 'commit', '-q', '-m', 'Imported').status).toBe(0);
  writeFileSync(join(dir, 'trial.trial.yaml'), editedTrial().text);
  return dir;
}

let stopRegistry: (() => void) | undefined;
let baseUrl = '';
beforeAll(async () => {
  const registry = await startRegistryStandIn();
  baseUrl = registry.baseUrl;
  stopRegistry = registry.stop;
});
afterAll(() => stopRegistry?.());

describe('trialyaml diff (real binary)', () => {
  it('prints its help', () => {
    const run = runCli(['diff', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: trialyaml diff <file> \[--against NCT12345678/);
  });

  it('finds no difference between an imported file and its saved record (exit 0)', () => {
    const dir = tempProject({ 'study.json': sampleText('NCT02513394.json') });
    expect(runCli(['import', 'study.json', '-o', 'a.trial.yaml'], { cwd: dir }).status).toBe(0);
    const run = runCli(['diff', 'a.trial.yaml', '--against', 'study.json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      'a.trial.yaml compared with the study record in study.json: no differences in registry terms.\n',
    );
    expect(
      runCli(['diff', 'a.trial.yaml', '--against', 'study.json', '-f', 'json'], { cwd: dir }).stdout,
    ).toBe('[]\n');
  });

  it('reports the edited fields against a saved record, not the reordered sites (exit 1)', () => {
    const { text } = editedTrial();
    const dir = tempProject({ 'study.json': sampleText('NCT02513394.json'), 'a.trial.yaml': text });
    const run = runCli(['diff', 'a.trial.yaml', '--against', 'study.json', '--format', 'json'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(summary(run.stdout)).toEqual(EXPECTED_CHANGES);
    const [status] = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(status).toEqual({ ...EXPECTED_CHANGES[0], before: 'ACTIVE_NOT_RECRUITING', after: 'COMPLETED' });

    const text_ = runCli(['diff', 'a.trial.yaml', '--against', 'study.json'], { cwd: dir });
    expect(text_.status).toBe(1);
    expect(text_.stdout).toContain(
      'a.trial.yaml compared with the study record in study.json: 2 changes in 2 sections.',
    );
    expect(text_.stdout).toMatch(
      /Study Status\n {2}~ Overall Recruitment Status \(changed, \/statusModule\/overallStatus\)\n {6}study\.json: ACTIVE_NOT_RECRUITING\n {6}file: {7}COMPLETED\n/,
    );

    const markdown = runCli(['diff', 'a.trial.yaml', '--against', 'study.json', '-f', 'markdown'], {
      cwd: dir,
    });
    expect(markdown.status).toBe(1);
    expect(markdown.stdout).toContain(
      '#### Study Status\n\n| Field | Change | study.json | file |\n| --- | --- | --- | --- |\n',
    );
    expect(markdown.stdout).toContain(
      '| Overall Recruitment Status<br><sub>/statusModule/overallStatus</sub> | changed | ACTIVE&#95;NOT&#95;RECRUITING | COMPLETED |',
    );
  });

  it("fetches the posted record of the file's own NCT number from the registry", () => {
    const dir = tempProject({ 'a.trial.yaml': editedTrial().text });
    const run = runCli(['diff', 'a.trial.yaml', '--base-url', baseUrl, '-f', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(summary(run.stdout)).toEqual(EXPECTED_CHANGES);
    const named = runCli(['diff', 'a.trial.yaml', '--against', 'nct02513394', '--base-url', baseUrl], {
      cwd: dir,
    });
    expect(named.status).toBe(1);
    expect(named.stdout).toMatch(
      /^a\.trial\.yaml compared with the registry's posted record NCT02513394 \(last update posted 2023-06-15\): 2 changes/,
    );
  });

  it.each([
    [
      'an unknown NCT number',
      ['--against', 'NCT00000001'],
      /trialyaml: NCT00000001: No study NCT00000001 in the registry \(HTTP 404/,
    ],
    [
      'a registry answer that is not JSON',
      ['--against', 'NCT44444444'],
      /trialyaml: NCT44444444: The registry's answer from .* is not JSON/,
    ],
    ['an HTTP error', ['--against', 'NCT55555555'], /trialyaml: NCT55555555: The registry answered HTTP 500/],
  ])('exits 2 with a clear message for %s', (_name, args, message) => {
    const dir = tempProject({ 'a.trial.yaml': editedTrial().text });
    const run = runCli(['diff', 'a.trial.yaml', '--base-url', baseUrl, ...args], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });

  it('exits 2 when the registry cannot be reached', async () => {
    // A port that was just freed: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const dir = tempProject({ 'a.trial.yaml': editedTrial().text });
    const run = runCli(['diff', 'a.trial.yaml', '--base-url', `http://127.0.0.1:${port}/api/v2`], {
      cwd: dir,
    });
    expect(run.stderr).toBe(
      `trialyaml: NCT02513394: Could not reach 127.0.0.1:${port} (connection refused, ECONNREFUSED). Check the network connection.\n`,
    );
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
  });

  it.each([
    [
      'bad JSON',
      { 'study.json': '{\n  "protocolSection": {,}\n}' },
      ['--against', 'study.json'],
      /trialyaml: study\.json: Invalid JSON at line 2, column 23/,
    ],
    [
      'JSON that is not a study',
      { 'study.json': '{"name": "pkg"}' },
      ['--against', 'study.json'],
      /trialyaml: study\.json: This JSON is not a ClinicalTrials\.gov study record/,
    ],
    ['a missing saved file', {}, ['--against', 'gone.json'], /trialyaml: No such file: gone\.json\./],
    [
      'a revision outside git',
      {},
      ['--against', 'HEAD'],
      /trialyaml: "HEAD" is not a file, an NCT number or a revision: a\.trial\.yaml is not in a git repository\./,
    ],
    [
      'a broken trial file',
      { 'a.trial.yaml': 'statusModule:\n  overallStatus: [RECRUITING\n' },
      ['--against', 'NCT02513394'],
      /trialyaml: a\.trial\.yaml:\d+:\d+: /,
    ],
    [
      'a draft without an NCT number',
      { 'a.trial.yaml': 'identificationModule:\n  briefTitle: Draft\n' },
      [],
      /a\.trial\.yaml has no identificationModule\.nctId to fetch; name what to compare with/,
    ],
    ['an unknown format', {}, ['-f', 'html'], /Unknown format "html"\. Use one of: text, json, markdown\./],
  ])('exits 2 with a clear message for %s', (_name, files, args, message) => {
    const dir = tempProject({ 'a.trial.yaml': editedTrial().text, ...files });
    const run = runCli(['diff', 'a.trial.yaml', ...args], {
      cwd: dir,
      env: { GIT_CEILING_DIRECTORIES: dirname(dir) },
    });
    expect(run.stderr).toMatch(message);
    expect(run.status).toBe(2);
  });

  it('shows control characters in user text visibly', () => {
    const dir = tempProject({
      'study.json': sampleText('NCT02513394.json'),
      'a.trial.yaml': editedTrial().text.replace(/^( {2}briefTitle: )(.*)$/m, '$1"\\e[31mRed\\u202Etitle"'),
    });
    const run = runCli(['diff', 'a.trial.yaml', '--against', 'study.json'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('file:       \\u{001B}[31mRed\\u{202E}title');
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).not.toContain('\u202e');
  });

  describe('in a git repository', () => {
    it('compares with the file at a revision', () => {
      const dir = repository();
      const run = runCli(['diff', 'trial.trial.yaml', '--against', 'HEAD', '-f', 'json'], { cwd: dir });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(1);
      expect(summary(run.stdout)).toEqual(EXPECTED_CHANGES);
      expect(git(dir, 'commit', '-q', '-a', '-m', 'Edited').status).toBe(0);
      expect(runCli(['diff', 'trial.trial.yaml', '--against', 'HEAD'], { cwd: dir }).status).toBe(0);
      expect(
        summary(
          runCli(['diff', 'trial.trial.yaml', '--against', 'HEAD~1', '-f', 'json'], { cwd: dir }).stdout,
        ),
      ).toEqual(EXPECTED_CHANGES);
    });

    it('exits 2 for an unknown revision and for a file the revision does not have', () => {
      const dir = repository();
      const unknown = runCli(['diff', 'trial.trial.yaml', '--against', 'no-such-branch'], { cwd: dir });
      expect(unknown.status).toBe(2);
      expect(unknown.stderr).toBe(
        'trialyaml: Unknown git revision "no-such-branch" (nor a file or an NCT number).\n',
      );
      writeFileSync(join(dir, 'new.trial.yaml'), editedTrial().text);
      const missing = runCli(['diff', 'new.trial.yaml', '--against', 'HEAD'], { cwd: dir });
      expect(missing.status).toBe(2);
      expect(missing.stderr).toMatch(/^trialyaml: new\.trial\.yaml is not in revision HEAD: /);
    });

    it("works as git's external diff and textconv (diff.<driver>.command / .textconv)", () => {
      const dir = repository();
      writeFileSync(join(dir, '.gitattributes'), '*.trial.yaml diff=trialyaml\n');
      const command = `"${process.execPath}" "${binPath}" diff --git`;
      const external = git(dir, '-c', `diff.trialyaml.command=${command}`, 'diff');
      expect(external.stderr).toBe('');
      expect(external.status).toBe(0);
      expect(external.stdout).toContain('diff --trialyaml a/trial.trial.yaml b/trial.trial.yaml\n');
      expect(external.stdout).toMatch(
        /~ Overall Recruitment Status \(changed, \/statusModule\/overallStatus\)\n {6}a: ACTIVE_NOT_RECRUITING\n {6}b: COMPLETED\n/,
      );
      expect(external.stdout).toMatch(/- Keywords \(removed, \/conditionsModule\/keywords\/0\)/);
      expect(external.stdout).not.toContain('Facility');

      const textconv = git(dir, '-c', `diff.trialyaml.textconv=${command}`, 'diff', '--no-color');
      expect(textconv.status).toBe(0);
      const changed = textconv.stdout.split('\n').filter((line) => /^[-+][^-+]/.test(line));
      expect(changed).toEqual([
        '-Overall Recruitment Status: ACTIVE_NOT_RECRUITING',
        '+Overall Recruitment Status: COMPLETED',
        expect.stringMatching(/^-Keywords: /),
      ]);

      // A change of layout only: git sees the lines move, trialyaml sees nothing.
      expect(git(dir, 'checkout', '-q', '--', 'trial.trial.yaml').status).toBe(0);
      const original = readFileSync(join(dir, 'trial.trial.yaml'), 'utf8');
      writeFileSync(
        join(dir, 'trial.trial.yaml'),
        `# A comment\n${original.replace(/^( {2}briefTitle: )(.*)$/m, "$1'$2'")}`,
      );
      const layout = git(dir, '-c', `diff.trialyaml.command=${command}`, 'diff');
      expect(layout.status).toBe(0);
      expect(layout.stdout).toContain(
        'No differences in registry terms (only formatting, comments or order changed).',
      );

      // A file that does not read as YAML: the textconv shows its text, so that git diff still works.
      writeFileSync(join(dir, 'trial.trial.yaml'), 'statusModule: [unclosed\n');
      const broken = git(dir, '-c', `diff.trialyaml.textconv=${command}`, 'diff', '--no-color');
      expect(broken.status).toBe(0);
      expect(broken.stdout).toContain('+statusModule: [unclosed');
      expect(broken.stderr).toMatch(/trialyaml: trial\.trial\.yaml:\d+:\d+: .* Shown as plain text\./);
    });
  });
});
