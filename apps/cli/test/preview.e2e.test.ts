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
    expect(readdirSync(join(dir, 'site')).sort()).toEqual(['a.html', 'b.html', 'index.html']);
    const index = readFileSync(join(dir, 'site/index.html'), 'utf8');
    expect(index).toContain('href="a.html"');
    expect(index).toContain('Zinc Supplements for Adults With Mild Asthma');
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
  ])('exits 2 on %j', (args, message) => {
    const dir = tempProject({ 'a.trial.yaml': cleanTrial });
    const run = runCli(args, { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
