import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AS_OF, binPath, runCli, tempProject, withDefect } from './run-cli.js';

// A defect only why-stopped-required reports: a stop reason removed from a terminated... study is too noisy, so
// the clean trial keeps its status and the tests turn that one rule's finding on and off.
const suspended = withDefect('  overallStatus: RECRUITING\n', '  overallStatus: SUSPENDED\n').replace(
  '    - facility: Northfield University Hospital\n      status: RECRUITING',
  '    - facility: Northfield University Hospital\n      status: SUSPENDED',
);
const fixable = withDefect(
  '  briefTitle: Vitamin D Supplements for Adults With Mild Asthma',
  '  briefTitle: "  Vitamin D Supplements for Adults With Mild Asthma  " # keep this comment',
).replace('    - Asthma\n', '    - "Asthma "\n');

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string; severity: string; line: number }>;
}

describe('trialyaml lint --fix', () => {
  it('fixes safe problems in place, keeps comments and blank lines, and reports what is left', () => {
    const dir = tempProject({ 'a.trial.yaml': fixable });
    const run = runCli(['lint', '--as-of', AS_OF, '--fix', '-f', 'json'], { cwd: dir });
    expect(readFileSync(join(dir, 'a.trial.yaml'), 'utf8')).toBe(
      fixable
        .replace(
          '"  Vitamin D Supplements for Adults With Mild Asthma  "',
          'Vitamin D Supplements for Adults With Mild Asthma',
        )
        .replace('"Asthma "', 'Asthma'),
    );
    expect(readdirSync(dir)).toEqual(['a.trial.yaml']);
    const [result] = JSON.parse(run.stdout) as JsonResult[];
    expect(result?.messages.filter((message) => message.ruleId === 'no-surrounding-whitespace')).toEqual([]);
  });

  it('keeps CRLF line endings and the BOM when fixing', () => {
    const crlf = '\uFEFF' + fixable.replace(/\n/g, '\r\n');
    const dir = tempProject({ 'a.trial.yaml': crlf });
    runCli(['lint', '--as-of', AS_OF, '--fix'], { cwd: dir });
    expect(readFileSync(join(dir, 'a.trial.yaml'), 'utf8')).toBe(
      crlf
        .replace(
          '"  Vitamin D Supplements for Adults With Mild Asthma  "',
          'Vitamin D Supplements for Adults With Mild Asthma',
        )
        .replace('"Asthma "', 'Asthma'),
    );
  });

  it('applies the safe enum fix but not a guessed one', () => {
    const dir = tempProject({
      'a.trial.yaml':
        'statusModule:\n  overallStatus: recruiting\ndesignModule:\n  studyType: INTERVENTONAL\n',
    });
    const run = runCli(['lint', '--as-of', AS_OF, '--fix', '-f', 'json'], { cwd: dir });
    expect(readFileSync(join(dir, 'a.trial.yaml'), 'utf8')).toBe(
      'statusModule:\n  overallStatus: RECRUITING\ndesignModule:\n  studyType: INTERVENTONAL\n',
    );
    expect(run.status).toBe(1);
  });

  it('leaves files it cannot read untouched', () => {
    const broken = 'identificationModule:\n  briefTitle: " x "\n  briefTitle: y\n';
    const dir = tempProject({ 'a.trial.yaml': broken });
    expect(runCli(['lint', '--as-of', AS_OF, '--fix'], { cwd: dir }).status).toBe(1);
    expect(readFileSync(join(dir, 'a.trial.yaml'), 'utf8')).toBe(broken);
  });
});

describe('trialyaml lint configuration', () => {
  it('finds .trialyamlrc.yaml upward and applies rules and overrides by glob', () => {
    const dir = tempProject({
      '.trialyamlrc.yaml':
        'extends: recommended\nrules:\n  why-stopped-required: warning\noverrides:\n  - files: ["legacy/**"]\n    rules:\n      why-stopped-required: "off"\n',
      'trials/new.trial.yaml': suspended,
      'legacy/old.trial.yaml': suspended,
    });
    const run = runCli(['lint', '--as-of', AS_OF, '-f', 'json'], { cwd: join(dir, 'trials') });
    const results = JSON.parse(run.stdout) as JsonResult[];
    expect(results[0]?.messages.map((message) => [message.ruleId, message.severity])).toEqual([
      ['why-stopped-required', 'warning'],
    ]);
    expect(run.status).toBe(0);
    const legacy = JSON.parse(
      runCli(['lint', '--as-of', AS_OF, '-f', 'json', 'legacy'], { cwd: dir }).stdout,
    ) as JsonResult[];
    expect(legacy[0]?.messages).toEqual([]);
  });

  it('uses --config for every file', () => {
    const dir = tempProject({
      'ci.yaml': 'rules:\n  why-stopped-required: "off"\n',
      'a.trial.yaml': suspended,
    });
    const run = runCli(['lint', '--as-of', AS_OF, '--config', 'ci.yaml'], { cwd: dir });
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
  });

  it.each([
    [
      'an unknown rule id, with the nearest suggested',
      'rules:\n  why-stoped-required: error\n',
      /\.trialyamlrc\.yaml:2:3: unknown rule "why-stoped-required"; did you mean "why-stopped-required"\?/,
    ],
    [
      'a bad severity',
      'rules:\n  why-stopped-required: loud\n',
      /\.trialyamlrc\.yaml:2:25: \/rules\/why-stopped-required must be one of off, info, warning, error/,
    ],
    [
      'an unknown preset',
      'extends: lenient\n',
      /\.trialyamlrc\.yaml:1:10: \/extends must be one of recommended, strict, us-fdaaa/,
    ],
    ['an unknown key', 'rulez: {}\n', /\.trialyamlrc\.yaml:1:1: unknown key "rulez"; did you mean "rules"\?/],
    ['broken YAML', 'rules: [\n', /\.trialyamlrc\.yaml:2:1: YAML syntax error/],
  ])('exits 2 on %s, naming file, line and column', (_name, config, message) => {
    const dir = tempProject({ '.trialyamlrc.yaml': config, 'a.trial.yaml': suspended });
    const run = runCli(['lint', '--as-of', AS_OF], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('exits 2 when --config names a missing file', () => {
    const dir = tempProject({ 'a.trial.yaml': suspended });
    const run = runCli(['lint', '--as-of', AS_OF, '--config', 'nope.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/nope\.yaml:1:1: cannot read the config file \(no such file\)/);
  });
});

describe('trialyaml lint output formats', () => {
  it.each([
    ['sarif', (out: string) => expect((JSON.parse(out) as { version: string }).version).toBe('2.1.0')],
    [
      'junit',
      (out: string) =>
        expect(out).toMatch(
          /^<\?xml version="1.0" encoding="utf-8"\?>\n<testsuites name="trialyaml">[\s\S]*<failure /,
        ),
    ],
    [
      'github',
      (out: string) =>
        expect(out).toBe(
          '::error file=a.trial.yaml,line=11,col=18,endLine=11,endColumn=27,title=trialyaml(why-stopped-required)::The study is Suspended (SUSPENDED): say why in Why Study Stopped (statusModule.whyStopped), in up to 250 characters.\n',
        ),
    ],
  ])('%s, exit 1 on errors', (format, check) => {
    const dir = tempProject({ 'a.trial.yaml': suspended });
    const run = runCli(['lint', '--as-of', AS_OF, '--format', format], { cwd: dir });
    expect(run.status).toBe(1);
    check(run.stdout);
  });

  it('--max-warnings: exit 1 past the budget, 0 within it', () => {
    const dir = tempProject({ 'a.trial.yaml': withDefect('    - Asthma\n', '    - "Asthma "\n') });
    expect(runCli(['lint', '--as-of', AS_OF, '--max-warnings', '0'], { cwd: dir }).status).toBe(1);
    expect(runCli(['lint', '--as-of', AS_OF, '--max-warnings', '1'], { cwd: dir }).status).toBe(0);
    expect(runCli(['lint', '--as-of', AS_OF, '--quiet'], { cwd: dir }).stdout).toBe('');
  });

  it.each([['2026-02-30'], ['21/11/2026'], ['today']])('--as-of %s is refused with exit 2', (value) => {
    const dir = tempProject({ 'a.trial.yaml': suspended });
    const run = runCli(['lint', '--as-of', value], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--as-of takes a date written YYYY-MM-DD/);
  });
});

describe('trialyaml rules', () => {
  it('lists every rule with preset severities and docs links, as text and JSON', () => {
    const text = runCli(['rules']);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^rule +recommended +strict +fix +description\n/);
    expect(text.stdout).toMatch(
      /why-stopped-required +error +error +Require a reason when a study is suspended, terminated or withdrawn/,
    );
    const rows = JSON.parse(runCli(['rules', '--format', 'json']).stdout) as Array<{
      id: string;
      docsUrl: string;
      recommended: string;
      strict: string;
    }>;
    expect(rows.find((row) => row.id === 'why-stopped-required')).toMatchObject({
      recommended: 'error',
      strict: 'error',
      docsUrl: expect.stringMatching(/docs\/rules\/why-stopped-required\.md$/),
    });
  });
});

describe('trialyaml lint on many files', () => {
  it('spreads them over worker threads and reports every file, in order, exactly as one at a time', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 120; i++)
      files[`t${String(i).padStart(3, '0')}.trial.yaml`] =
        i % 10 === 0 ? suspended : withDefect('    - Asthma\n', '    - "Asthma "\n');
    const dir = tempProject(files);
    const run = runCli(['lint', '-f', 'json', '--as-of', AS_OF], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const results = JSON.parse(run.stdout) as JsonResult[];
    expect(results.map((result) => result.filePath.replace(/.*\//, ''))).toEqual(Object.keys(files));
    results.forEach((result, i) => {
      expect(result.messages.map((message) => message.ruleId)).toEqual(
        i % 10 === 0 ? ['why-stopped-required'] : ['no-surrounding-whitespace'],
      );
    });
    const single = JSON.parse(
      runCli(['lint', '-f', 'json', '--as-of', AS_OF, 't000.trial.yaml'], { cwd: dir }).stdout,
    ) as JsonResult[];
    expect(results[0]).toEqual(single[0]);
    // One thread, or as many as asked for: the same report.
    for (const concurrency of ['1', '3']) {
      const threaded = runCli(['lint', '-f', 'json', '--as-of', AS_OF, '--concurrency', concurrency], {
        cwd: dir,
      });
      expect(threaded.status).toBe(1);
      expect(threaded.stdout).toBe(run.stdout);
    }
  });

  it('lints a folder of many entries but few trial files on one thread, stopping the worker it started early', () => {
    // A hundred entries: enough for the launcher to start a worker before the files are listed.
    const files: Record<string, string> = { 'a.trial.yaml': suspended };
    for (let i = 0; i < 100; i++) files[`notes-${String(i).padStart(3, '0')}.md`] = 'Not a trial.\n';
    const dir = tempProject(files);
    for (const args of [['.'], []]) {
      const run = runCli(['lint', '-f', 'json', '--as-of', AS_OF, ...args], { cwd: dir });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(1);
      const results = JSON.parse(run.stdout) as JsonResult[];
      expect(results.map((result) => result.messages.map((message) => message.ruleId))).toEqual([
        ['why-stopped-required'],
      ]);
    }
  });

  it('ends at once when the options of a run over a large folder are wrong', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 100; i++) files[`t${String(i).padStart(3, '0')}.trial.yaml`] = suspended;
    const dir = tempProject(files);
    const wrong: Array<[string[], string]> = [
      [['--format', 'nope'], 'Unknown format "nope"'],
      [['--as-of', '2020-13-01'], '--as-of takes a date written YYYY-MM-DD'],
    ];
    for (const [args, message] of wrong) {
      const run = runCli(['lint', ...args], { cwd: dir });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(message);
    }
  });

  it('ends when the lint code cannot be loaded, also for a large folder', () => {
    // A copy of the built CLI whose lint bundle is broken: the launcher has started a worker by then.
    const cli = mkdtempSync(join(tmpdir(), 'trialyaml-broken-cli-'));
    for (const part of ['bin', 'dist', 'package.json'])
      cpSync(join(binPath, '../..', part), join(cli, part), { recursive: true });
    writeFileSync(join(cli, 'dist/trialyaml-lint.cjs'), 'this is not javascript (\n');
    const files: Record<string, string> = {};
    for (let i = 0; i < 100; i++) files[`t${String(i).padStart(3, '0')}.trial.yaml`] = suspended;
    const run = spawnSync(process.execPath, [join(cli, 'bin/trialyaml.js'), 'lint', '.'], {
      cwd: tempProject(files),
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('could not start');
  });

  it.each(['0', 'two', '', '1.5'])('refuses --concurrency %s', (value) => {
    const run = runCli(['lint', '--concurrency', value], { cwd: tempProject({}) });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--concurrency takes a whole number of 1 or more, or auto');
  });
});
