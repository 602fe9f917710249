import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AS_OF, binPath, cleanTrial, repoRoot, runCli, tempProject, withDefect } from './run-cli.js';

const valid = cleanTrial;
const invalid = withDefect('overallStatus: RECRUITING', 'overallStatus: recruiting');

interface JsonResult {
  filePath: string;
  errorCount: number;
  warningCount: number;
  infoCount: number;
  messages: Array<Record<string, unknown>>;
}

describe('trialyaml lint (real binary)', () => {
  it('exits 0 and prints nothing for clean files', () => {
    const dir = tempProject({ 'a.trial.yaml': valid });
    const run = runCli(['lint', '--as-of', AS_OF], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
  });

  it('prints stylish findings with a code frame and exits 1', () => {
    const dir = tempProject({ 'trials/b.trial.yaml': invalid });
    const run = runCli(['lint', 'trials', '--as-of', AS_OF], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(
      [
        join('trials', 'b.trial.yaml'),
        '  11:18  error  Overall Recruitment Status (statusModule.overallStatus): the text "recruiting" is not an allowed value. Did you mean Recruiting (RECRUITING)? Allowed: ACTIVE_NOT_RECRUITING, COMPLETED, ENROLLING_BY_INVITATION, NOT_YET_RECRUITING, RECRUITING, SUSPENDED, TERMINATED, WITHDRAWN, AVAILABLE, NO_LONGER_AVAILABLE, TEMPORARILY_NOT_AVAILABLE, APPROVED_FOR_MARKETING, WITHHELD, UNKNOWN.  schema',
        '      10 |   statusVerifiedDate: 2026-10',
        '    > 11 |   overallStatus: recruiting',
        '         |                  ^^^^^^^^^^',
        '',
        '✖ 1 problem (1 error, 0 warnings, 0 infos)',
        '',
      ].join('\n'),
    );
  });

  it('prints code frames for findings on several lines the same for LF and CRLF files, on any thread', () => {
    const several = withDefect(
      '  officialTitle: A Randomized, Double-Blind, Placebo-Controlled Trial of Daily Vitamin D3 in Adults With Mild Persistent Asthma\n',
      '  officialTitle: "A Randomized, Double-Blind, Placebo-Controlled Trial of Daily Vitamin D3 in Adults With Mild Persistent Asthma,\tFollowed Up Monthly for Twelve Months  "\n',
    )
      .replace('  acronym: VITDASTHMA\n', '  acronym:\n    short: VITD\n')
      .replace('overallStatus: RECRUITING', 'overallStatus: recruiting')
      .replace('    - Asthma\n', '    - "Asthma "\n');
    const files: Record<string, string> = {
      'a-crlf.trial.yaml': '\uFEFF' + several.replace(/\n/g, '\r\n'),
      'a-lf.trial.yaml': several,
    };
    // Enough clean files for worker threads; the two above go to the first worker, or to the only thread.
    for (let i = 0; i < 80; i++) files[`clean-${String(i).padStart(2, '0')}.trial.yaml`] = valid;
    const dir = tempProject(files);
    const title =
      '"A Randomized, Double-Blind, Placebo-Controlled Trial of Daily Vitamin D3 in Adults With Mild Persistent Asthma, Followed Up Monthly for Twelve…';
    const report = (file: string) => [
      file,
      '  7:18  warning  Official Title (identificationModule.officialTitle) starts or ends with blank space, which the registry trims or shows as is; remove it.  no-surrounding-whitespace',
      '      6 |   briefTitle: Vitamin D Supplements for Adults With Mild Asthma',
      `    > 7 |   officialTitle: ${title}`,
      `        |                  ${'^'.repeat(144)}`,
      '  8:3  error  Acronym (identificationModule.acronym) must be text, but it is a mapping.  schema',
      `      7 |   officialTitle: ${title}`,
      '    > 8 |   acronym:',
      '        |   ^^^^^^^',
      '  12:18  error  Overall Recruitment Status (statusModule.overallStatus): the text "recruiting" is not an allowed value. Did you mean Recruiting (RECRUITING)? Allowed: ACTIVE_NOT_RECRUITING, COMPLETED, ENROLLING_BY_INVITATION, NOT_YET_RECRUITING, RECRUITING, SUSPENDED, TERMINATED, WITHDRAWN, AVAILABLE, NO_LONGER_AVAILABLE, TEMPORARILY_NOT_AVAILABLE, APPROVED_FOR_MARKETING, WITHHELD, UNKNOWN.  schema',
      '      11 |   statusVerifiedDate: 2026-10',
      '    > 12 |   overallStatus: recruiting',
      '         |                  ^^^^^^^^^^',
      '  37:7  warning  Conditions or Focus of Study (conditionsModule.conditions[0]) starts or ends with blank space, which the registry trims or shows as is; remove it.  no-surrounding-whitespace',
      '      36 |   conditions:',
      '    > 37 |     - "Asthma "',
      '         |       ^^^^^^^^^',
      '',
    ];
    const expected = [
      ...report('a-crlf.trial.yaml'),
      ...report('a-lf.trial.yaml'),
      '✖ 8 problems (4 errors, 4 warnings, 0 infos)',
      '',
    ].join('\n');
    for (const concurrency of ['1', '3']) {
      const run = runCli(['lint', '--as-of', AS_OF, '--concurrency', concurrency], { cwd: dir });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(1);
      expect(run.stdout).toBe(expected);
    }
  });

  it('prints the JSON contract', () => {
    const dir = tempProject({ 'b.trial.yaml': invalid, 'c.trial.yml': valid });
    const run = runCli(['lint', '--format', 'json', '--as-of', AS_OF], { cwd: dir });
    expect(run.status).toBe(1);
    const results = JSON.parse(run.stdout) as JsonResult[];
    expect(results).toEqual([
      {
        filePath: join(dir, 'b.trial.yaml'),
        errorCount: 1,
        warningCount: 0,
        infoCount: 0,
        messages: [
          {
            ruleId: 'schema',
            severity: 'error',
            message: expect.stringMatching(
              /^Overall Recruitment Status \(statusModule\.overallStatus\): .*Did you mean Recruiting \(RECRUITING\)\?/,
            ),
            pointer: '/statusModule/overallStatus',
            line: 11,
            column: 18,
            endLine: 11,
            endColumn: 28,
          },
        ],
      },
      { filePath: join(dir, 'c.trial.yml'), errorCount: 0, warningCount: 0, infoCount: 0, messages: [] },
    ]);
  });

  it('reports YAML syntax errors with ruleId "syntax" and a null pointer', () => {
    const dir = tempProject({ 'x.trial.yaml': 'a: [1\n' });
    const run = runCli(['lint', '-f', 'json', 'x.trial.yaml'], { cwd: dir });
    expect(run.status).toBe(1);
    const [result] = JSON.parse(run.stdout) as JsonResult[];
    expect(result?.messages[0]).toMatchObject({
      ruleId: 'syntax',
      severity: 'error',
      pointer: null,
      line: 2,
      column: 1,
    });
  });

  it.each([
    ['binary file', new Uint8Array([0x61, 0x00, 0x62]), /binary file/],
    ['invalid UTF-8', new Uint8Array([0x61, 0x3a, 0x20, 0xc3, 0x28, 0x0a]), /not valid UTF-8/],
    [
      'CRLF and BOM',
      new TextEncoder().encode('\uFEFFstatusModule:\r\n  overallStatus: nope\r\n'),
      /overallStatus/,
    ],
  ])('handles a %s with a positioned message, no crash', (_name, bytes, message) => {
    const dir = tempProject({ 'y.trial.yaml': bytes });
    const run = runCli(['lint', '-f', 'json'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    const [result] = JSON.parse(run.stdout) as JsonResult[];
    const first = result?.messages.find((m) => m.ruleId === 'syntax' || m.ruleId === 'schema');
    expect(first?.message).toMatch(message);
    expect(first?.line).toBe(1 + (message.source === 'overallStatus' ? 1 : 0));
  });

  it('refuses an oversized file without reading it whole', () => {
    const dir = tempProject({ 'big.trial.yaml': 'a: ' + 'x'.repeat(9 * 1024 * 1024) });
    const run = runCli(['lint', '-f', 'json'], { cwd: dir });
    expect(run.status).toBe(1);
    expect((JSON.parse(run.stdout) as JsonResult[])[0]?.messages[0]?.message).toMatch(
      /The file is 9\.0 MB, more than the 8\.0 MB/,
    );
  });

  it('applies --quiet and --max-warnings', () => {
    const dir = tempProject({ 'a.trial.yaml': valid });
    expect(runCli(['lint', '--quiet', '--max-warnings', '0', '--as-of', AS_OF], { cwd: dir }).status).toBe(0);
  });

  it.each([
    [['lint', 'missing.trial.yaml'], /No such file or folder: missing\.trial\.yaml/],
    [['lint', '--format', 'xml'], /Unknown format "xml"/],
    [['lint', '--max-warnings', 'many'], /--max-warnings takes a whole number/],
    [['lint', '--bogus'], /Unknown option '--bogus'/],
    [['lint', 'nothing/*.trial.yaml'], /No files match the pattern/],
    [['frobnicate'], /Unknown command "frobnicate"/],
  ])('exits 2 with a message for %j', (args, message) => {
    const dir = tempProject({ 'a.trial.yaml': valid });
    const run = runCli(args, { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('exits 2 when a folder holds no trial files', () => {
    const dir = tempProject({ 'notes.txt': 'x' });
    const run = runCli(['lint', '--as-of', AS_OF], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/No \*\.trial\.yaml or \*\.trial\.yml files found/);
  });

  it('lints the five examples without schema or syntax errors', () => {
    const run = runCli(['lint', 'examples', '--format', 'json'], { cwd: repoRoot });
    const results = JSON.parse(run.stdout) as JsonResult[];
    expect(results.map((result) => result.filePath.replace(/.*\//, ''))).toEqual([
      'NCT04011033.trial.yaml',
      'NCT04163237.trial.yaml',
      'NCT05032014.trial.yaml',
      'NCT05143125.trial.yaml',
      'NCT06924645.trial.yaml',
    ]);
    const schemaOrSyntax = results.flatMap((result) =>
      result.messages.filter((m) => m.ruleId === 'schema' || m.ruleId === 'syntax'),
    );
    expect(schemaOrSyntax).toEqual([]);
  });

  it('prints help and version', () => {
    expect(runCli(['--help']).stdout).toMatch(/Usage: trialyaml <command>/);
    expect(runCli(['lint', '--help']).stdout).toMatch(/Usage: trialyaml lint/);
    expect(runCli(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('trialyaml start-up', () => {
  it('reports the same with the compiled-code cache, cold or warm, as without it', () => {
    const dir = tempProject({ 'a.trial.yaml': invalid });
    const cache = mkdtempSync(join(tmpdir(), 'trialyaml-cache-'));
    const args = ['lint', '-f', 'json', '--as-of', AS_OF];
    const without = runCli(args, { cwd: dir, env: { TRIALYAML_COMPILE_CACHE: '0' } });
    const cold = runCli(args, { cwd: dir, env: { TRIALYAML_COMPILE_CACHE: cache } });
    expect(readdirSync(cache).some((name) => name.startsWith('trialyaml-lint.cjs-lint-'))).toBe(true);
    const warm = runCli(args, { cwd: dir, env: { TRIALYAML_COMPILE_CACHE: cache } });
    for (const run of [without, cold, warm]) {
      expect(run.status).toBe(1);
      expect(run.stderr).toBe('');
      expect(run.stdout).toBe(without.stdout);
    }
  });

  it('reuses compiled code in the next process', () => {
    const dir = tempProject({ 'module.cjs': 'exports.answer = 42;\n' });
    const cache = join(dir, 'cache');
    const probe = `const { loadWithCompileCache } = require(${JSON.stringify(join(binPath, '../../dist/launcher.cjs'))});
      const loaded = loadWithCompileCache(${JSON.stringify(join(dir, 'module.cjs'))}, ${JSON.stringify(cache)}, 'e2e');
      loaded.saveCache();
      process.stdout.write(String(loaded.usedCache) + ' ' + loaded.exports.answer);`;
    const first = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    const second = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    expect([first.stdout, second.stdout]).toEqual(['false 42', 'true 42']);
  });

  it.runIf(existsSync('/dev/full'))('exits 2 with a message when its output cannot be written', () => {
    const dir = tempProject({ 'a.trial.yaml': invalid });
    const full = openSync('/dev/full', 'w');
    const run = spawnSync(process.execPath, [binPath, 'lint', '--as-of', AS_OF], {
      cwd: dir,
      stdio: ['ignore', full, 'pipe'],
      encoding: 'utf8',
    });
    closeSync(full);
    expect(run.stderr).toContain('trialyaml: cannot write the output (ENOSPC)');
    expect(run.status).toBe(2);
  });

  it('stops quietly, with its own exit code, when the reader of its output goes away', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 200; i++) files[`t${i}.trial.yaml`] = invalid;
    const dir = tempProject(files);
    const child = spawn(process.execPath, [binPath, 'lint', '--as-of', AS_OF], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });
});

describe('trialyaml lint --format summary', () => {
  const headings =
    'File Ident Status Sponsor Oversight Descr Cond Design Arms Outcomes Elig Contacts Refs IPD';

  it('prints the record summary of each example: one line per file, one column per form section', () => {
    const run = runCli(['lint', 'examples', '--format', 'summary', '--as-of', AS_OF], { cwd: repoRoot });
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]?.split(/\s+/).join(' ')).toBe(headings);
    const rows = lines.slice(1, 6).map((line) => line.split(/\s+/));
    expect(rows.map((row) => row[0])).toEqual([
      'examples/NCT04011033.trial.yaml',
      'examples/NCT04163237.trial.yaml',
      'examples/NCT05032014.trial.yaml',
      'examples/NCT05143125.trial.yaml',
      'examples/NCT06924645.trial.yaml',
    ]);
    // NCT04011033 has no official title (an error in Study Identification) and no oversight module, whose FDA
    // questions are required (an error counted in the section not started).
    expect(rows[0]?.[1]).toBe('1E');
    expect(rows[0]?.[4]).toBe('-1E');
    // Nor an IPD sharing statement, which is not required.
    expect(rows[0]?.[13]).toBe('-');
    expect(run.stdout).toContain('5 files, 0 with every section complete and no problems');
  });

  it('gives the same summary when the files are linted on worker threads', () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 90; index++)
      files[`t${String(index).padStart(2, '0')}.trial.yaml`] = cleanTrial;
    const dir = tempProject(files);
    const threaded = runCli(['lint', '--format', 'summary', '--as-of', AS_OF, '--concurrency', '2'], {
      cwd: dir,
    });
    const single = runCli(['lint', '--format', 'summary', '--as-of', AS_OF, '--concurrency', '1'], {
      cwd: dir,
    });
    expect(threaded.stdout).toBe(single.stdout);
    const first = threaded.stdout.split('\n')[1]?.split(/\s+/) ?? [];
    expect(first[0]).toBe('t00.trial.yaml');
    // The clean trial fills in the sections it has: none is reported as not started for lack of data.
    expect(first.slice(1, 3)).toEqual(['ok', 'ok']);
    expect(threaded.stdout).toContain('90 files,');
  });
});
