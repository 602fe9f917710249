import { FORM_SECTIONS } from '@trialyaml/core';
import { describe, expect, it } from 'vitest';
import { lintTrial } from '../engine/lint-trial.js';
import type { FileReport } from '../findings.js';
import { allRules } from '../rules/index.js';
import { formatters } from './index.js';

const draft = [
  'identificationModule:',
  '  orgStudyIdInfo:',
  '    id: ABC-1',
  '  briefTitle: A Study of Something in Adults',
  '  officialTitle: A Randomized Study of Something Compared With Nothing in Adults',
  'statusModule:',
  '  overallStatus: RECRUITING',
  '',
].join('\n');

function reportOf(filePath: string, text: string): FileReport {
  return lintTrial(text, { filePath, rules: allRules, asOf: '2026-12-01' }).report;
}

describe('summary format', () => {
  it('prints one line per file and one column per form section, in the registry order', () => {
    const reports = [
      reportOf('/work/trials/draft.trial.yaml', draft),
      reportOf('/work/trials/empty.trial.yaml', ''),
    ];
    const text = formatters.summary(reports, { cwd: '/work', color: false });
    const [header, first, second] = text.split('\n');
    expect(header?.split(/\s+/)).toEqual([
      'File',
      'Ident',
      'Status',
      'Sponsor',
      'Oversight',
      'Descr',
      'Cond',
      'Design',
      'Arms',
      'Outcomes',
      'Elig',
      'Contacts',
      'Refs',
      'IPD',
    ]);
    const cells = first?.split(/\s+/) ?? [];
    expect(cells[0]).toBe('trials/draft.trial.yaml');
    // Identification is filled in; the status module is started but lacks its verified date; the design module
    // is not started and lacks the study type (counted in its section, though reported on the file); the IPD
    // sharing statement is not started and not required.
    expect(cells[1]).toBe('ok');
    expect(cells[2]).toMatch(/^\d+E$/);
    expect(cells[7]).toBe('-1E');
    expect(cells[13]).toBe('-');
    expect(cells[12]).toBe('-');
    expect(second?.startsWith('trials/empty.trial.yaml')).toBe(true);
    expect(text).toContain('2 files, 0 with every section complete and no problems');
  });

  it('counts a file with every section complete and nothing wrong', () => {
    const clean: FileReport = {
      filePath: '/work/x.trial.yaml',
      errorCount: 0,
      warningCount: 0,
      infoCount: 0,
      findings: [],
      startedSections: FORM_SECTIONS.map((section) => section.module),
    };
    const text = formatters.summary([clean], { cwd: '/work', color: false });
    expect(
      text
        .split('\n')[1]
        ?.split(/\s+/)
        .slice(1)
        .every((value) => value === 'ok'),
    ).toBe(true);
    expect(text).toContain('1 file, 1 with every section complete and no problems');
  });

  it('colours cells only when asked', () => {
    const reports = [reportOf('/work/d.trial.yaml', draft)];
    expect(formatters.summary(reports, { cwd: '/work', color: false })).not.toContain('\u001b[');
    expect(formatters.summary(reports, { cwd: '/work', color: true })).toContain('\u001b[31m');
  });
});
