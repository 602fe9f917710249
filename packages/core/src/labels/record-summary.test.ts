import { describe, expect, it } from 'vitest';
import { FORM_SECTIONS } from './field-labels.js';
import {
  describeSection,
  sectionState,
  startedSections,
  summarizeSections,
  type SummaryProblem,
} from './record-summary.js';

const trial = {
  identificationModule: { briefTitle: 'A study' },
  statusModule: { overallStatus: 'RECRUITING' },
  descriptionModule: {},
  conditionsModule: { conditions: ['Asthma'] },
};

function section(problems: readonly SummaryProblem[], module: string) {
  const found = summarizeSections(trial, problems).sections.find((entry) => entry.module === module);
  if (!found) throw new Error(`no section ${module}`);
  return found;
}

describe('record summary', () => {
  it('lists every form section in the registry order, each with a short heading of its own', () => {
    const { sections } = summarizeSections(trial, []);
    expect(sections.map((entry) => entry.module)).toEqual(FORM_SECTIONS.map((entry) => entry.module));
    for (const entry of sections) expect(entry.short).not.toBe(entry.module);
    expect(new Set(sections.map((entry) => entry.short)).size).toBe(sections.length);
  });

  it.each([
    ['identificationModule', [], 'complete', 'Complete'],
    ['descriptionModule', [], 'not-started', 'Not started'],
    ['designModule', [], 'not-started', 'Not started'],
    [
      'descriptionModule',
      [{ pointer: '/descriptionModule/briefSummary', severity: 'error' }],
      'problems',
      'Not started · 1 error',
    ],
    [
      'statusModule',
      [
        { pointer: '/statusModule/startDateStruct', severity: 'error' },
        { pointer: '/statusModule/overallStatus', severity: 'warning' },
        { pointer: '/statusModule/whyStopped', severity: 'warning' },
      ],
      'problems',
      '1 error, 2 warnings',
    ],
    [
      'conditionsModule',
      [{ pointer: '/conditionsModule/keywords', severity: 'info' }],
      'complete',
      'Complete',
    ],
  ] as const)('%s with %j is %s ("%s")', (module, problems, state, text) => {
    const entry = section(problems, module);
    expect(sectionState(entry)).toBe(state);
    expect(describeSection(entry)).toBe(text);
  });

  it('points at the first error of a section, else its first warning, else the module', () => {
    const problems: SummaryProblem[] = [
      { pointer: '/statusModule/overallStatus', severity: 'warning' },
      { pointer: '/statusModule/startDateStruct/date', severity: 'error' },
      { pointer: '/statusModule/whyStopped', severity: 'error' },
    ];
    expect(section(problems, 'statusModule').pointer).toBe('/statusModule/startDateStruct/date');
    expect(section(problems.slice(0, 1), 'statusModule').pointer).toBe('/statusModule/overallStatus');
    expect(section([], 'statusModule').pointer).toBe('/statusModule');
  });

  it('counts a finding about missing content in the section of what is missing', () => {
    const { sections, record } = summarizeSections(trial, [
      { pointer: '', severity: 'error', missing: ['/designModule/studyType'] },
    ]);
    expect(record.errors).toBe(0);
    const design = sections.find((entry) => entry.module === 'designModule');
    expect(design).toMatchObject({ errors: 1, started: false, pointer: '/designModule/studyType' });
  });

  it('counts findings about the whole record, or outside every section, apart', () => {
    const { sections, record } = summarizeSections(trial, [
      { pointer: null, severity: 'error' },
      { pointer: '', severity: 'warning' },
      { pointer: '/derivedSection/x', severity: 'warning' },
    ]);
    expect(record).toEqual({ errors: 1, warnings: 2, infos: 0 });
    expect(sections.every((entry) => entry.errors + entry.warnings === 0)).toBe(true);
  });

  it('reads anything as a trial without throwing', () => {
    for (const value of [null, 42, 'text', [1, 2], { statusModule: 'x' }]) {
      expect(summarizeSections(value, []).sections).toHaveLength(FORM_SECTIONS.length);
    }
    expect(section([], 'statusModule').started).toBe(true);
  });

  it('takes the started sections as a list instead of the trial', () => {
    const started = startedSections(trial);
    expect(started).toEqual(['identificationModule', 'statusModule', 'conditionsModule']);
    expect(summarizeSections(started, [])).toEqual(summarizeSections(trial, []));
  });
});
