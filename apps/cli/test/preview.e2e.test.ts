import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AS_OF, cleanTrial, runCli, tempProject, withDefect } from './run-cli.js';

describe('trialyaml preview (real binary)', () => {
  it('writes one self-contained page for one file', () => {
    const dir = tempProject({ 'vitd.trial.yaml': cleanTrial });
    const run = runCli(['preview', 'vitd.trial.yaml', '-o', 'out/vitd.html'], { cwd: dir });
    expect(run.status).toBe(0);
    const html = readFileSync(join(dir, 'out/vitd.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('Vitamin D Supplements for Adults With Mild Asthma');
    expect(html).toContain('data-pointer="/armsInterventionsModule/armGroups/0"');
    expect(html).not.toMatch(/<script|src="http/i);
  });

  it('shows lint findings beside the parts they concern with --problems', () => {
    const dir = tempProject({
      'a.trial.yaml': withDefect('  overallStatus: RECRUITING\n', '  overallStatus: SUSPENDED\n'),
    });
    const run = runCli(['preview', 'a.trial.yaml', '-o', 'a.html', '--problems', '--as-of', AS_OF], {
      cwd: dir,
    });
    expect(run.status).toBe(0);
    expect(readFileSync(join(dir, 'a.html'), 'utf8')).toContain('why-stopped-required');
  });

  it('writes a page per trial and an index for a folder', () => {
    const dir = tempProject({
      'trials/a.trial.yaml': cleanTrial,
      'trials/b.trial.yaml': withDefect('Vitamin D Supplements', 'Zinc Supplements'),
    });
    const run = runCli(['preview', 'trials', '-o', 'site'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(readdirSync(join(dir, 'site')).sort()).toEqual([
      'a.html',
      'b.html',
      'index-by-registration.html',
      'index-by-results.html',
      'index-by-status-update.html',
      'index-by-verification.html',
      'index.html',
    ]);
    const index = readFileSync(join(dir, 'site/index.html'), 'utf8');
    expect(index).toContain('href="a.html"');
    expect(index).toContain('Zinc Supplements for Adults With Mild Asthma');
  });

  it('shows the registry deadlines: a panel on each page, a sortable column per deadline in the index', () => {
    const act = withDefect('isFdaRegulatedDrug: false', 'isFdaRegulatedDrug: true');
    const dir = tempProject({
      'trials/a.trial.yaml': act,
      'trials/b.trial.yaml': cleanTrial.replace('VITD-2026-01', 'VITD-2026-09'),
    });
    const run = runCli(['preview', 'trials', '-o', 'site', '--as-of', AS_OF], { cwd: dir });
    expect(run.status).toBe(0);
    const page = readFileSync(join(dir, 'site/a.html'), 'utf8');
    expect(page).toContain('<section id="deadlines"');
    expect(page).toContain('Start date 2026-03-02 (ACTUAL) + 21 days (42 CFR 11.24(a)');
    const index = readFileSync(join(dir, 'site/index.html'), 'utf8');
    expect(index).toContain('<a class="ty-sort-link" href="index-by-results.html">Results</a>');
    const byRegistration = readFileSync(join(dir, 'site/index-by-registration.html'), 'utf8');
    expect(byRegistration).toContain('<th scope="col" aria-sort="ascending">Registration ▲</th>');
    expect(byRegistration).toContain('<a class="ty-sort-link" href="index.html">Trial</a>');
    // The ACT with its overdue registration comes first.
    expect(byRegistration.indexOf('href="a.html"')).toBeLessThan(byRegistration.indexOf('href="b.html"'));
    expect(byRegistration).toContain(
      '2026-03-23</span><br><span class="ty-badge ty-badge-small ty-status-stopped">Overdue',
    );
  });

  it('still renders what it can from a broken file, and says so', () => {
    const dir = tempProject({
      'x.trial.yaml': 'identificationModule:\n  briefTitle: Half a trial\n  briefTitle: twice\n',
    });
    const run = runCli(['preview', 'x.trial.yaml', '-o', 'x.html'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/has YAML problems; the page shows what could be read/);
    expect(existsSync(join(dir, 'x.html'))).toBe(true);
  });

  it.each([
    [['preview', 'a.trial.yaml'], /-o <out\.html>/],
    [['preview', '-o', 'x.html'], /Name the trial file/],
    [['preview', 'a.trial.yaml', '-o', 'x.html', '--theme', 'neon'], /Unknown theme "neon"/],
    [['preview', 'missing.trial.yaml', '-o', 'x.html'], /No such file or folder/],
    [
      ['preview', 'a.trial.yaml', '-o', 'x.html', '--as-of', '2026-13-01'],
      /--as-of takes a date written YYYY-MM-DD/,
    ],
  ])('exits 2 on %j', (args, message) => {
    const dir = tempProject({ 'a.trial.yaml': cleanTrial });
    const run = runCli(args, { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
