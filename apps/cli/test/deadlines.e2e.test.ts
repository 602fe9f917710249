import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { AS_OF, cleanTrial, repoRoot, runCli, tempProject, withDefect } from './run-cli.js';

// Deadlines as of AS_OF (2026-11-21), by the reading in docs/guide/compliance.md.

/** The clean draft made an ACT (an FDA-regulated drug): started 2026-03-02, so registration is overdue. */
const overdueDraft = withDefect('isFdaRegulatedDrug: false', 'isFdaRegulatedDrug: true');
/** An ACT draft that starts next month: registration due 2026-12-31, results 2028-06-30. */
const upcomingDraft = overdueDraft
  .replace('VITD-2026-01', 'VITD-2026-02')
  .replace('overallStatus: RECRUITING', 'overallStatus: NOT_YET_RECRUITING')
  .replace('    date: 2026-03-02\n    type: ACTUAL', '    date: 2026-12-10\n    type: ESTIMATED');

interface Entry {
  filePath: string;
  nctId: string | null;
  applicability: string;
  reasons: string[];
  deadlines: Array<{ kind: string; due: string | null; state: string; basis: string; pointer: string }>;
}

const json = (stdout: string): Entry[] => JSON.parse(stdout) as Entry[];

/** A git command in `dir`, isolated from the machine's git config, with the author date given. */
function git(dir: string, args: string[], date?: string): void {
  execFileSync('git', args, {
    cwd: dir,
    env: {
      ...process.env,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_AUTHOR_NAME: 'Registry Office',
      GIT_AUTHOR_EMAIL: 'office@example.org',
      GIT_COMMITTER_NAME: 'Registry Office',
      GIT_COMMITTER_EMAIL: 'office@example.org',
      ...(date ? { GIT_AUTHOR_DATE: `${date}T09:00:00Z`, GIT_COMMITTER_DATE: `${date}T09:00:00Z` } : {}),
    },
  });
}

describe('trialyaml deadlines (real binary)', () => {
  it('prints its help', () => {
    const run = runCli(['deadlines', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: trialyaml deadlines \[paths\|globs\.\.\.\] \[options\]/);
    expect(runCli(['--help']).stdout).toMatch(/deadlines\s+list the registry deadlines/);
  });

  it('prints one JSON entry per file: applicability, reasons and deadlines', () => {
    const dir = tempProject({
      'a.trial.yaml': overdueDraft,
      'b.trial.yaml': upcomingDraft,
      'c.trial.yaml': cleanTrial,
    });
    const run = runCli(['deadlines', '--format', 'json', '--as-of', AS_OF], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const entries = json(run.stdout);
    expect(entries.map((entry) => [entry.filePath, entry.nctId, entry.applicability])).toEqual([
      [join(dir, 'a.trial.yaml'), null, 'ACT'],
      [join(dir, 'b.trial.yaml'), null, 'ACT'],
      [join(dir, 'c.trial.yaml'), null, 'not-covered'],
    ]);
    expect(Object.keys(entries[0]!)).toEqual(['filePath', 'nctId', 'applicability', 'reasons', 'deadlines']);
    expect(entries[0]!.deadlines).toEqual([
      {
        kind: 'registration',
        due: '2026-03-23',
        state: 'overdue',
        basis:
          'Start date 2026-03-02 (ACTUAL) + 21 days (42 CFR 11.24(a): register within 21 calendar days after enrolling the first participant). Not registered yet (no NCT number).',
        pointer: '/statusModule/startDateStruct/date',
      },
      {
        kind: 'results',
        due: '2028-06-30',
        state: 'upcoming',
        basis:
          'Primary completion date 2027-06 (ESTIMATED, read as 2027-06-30) + 1 year (42 CFR 11.44(a): submit results within 1 year after the primary completion date). No results submission in the file (statusModule.resultsFirstSubmitDate).',
        pointer: '/statusModule/primaryCompletionDateStruct/date',
      },
    ]);
    expect(entries[2]!.reasons).toEqual([
      'It studies no FDA-regulated drug or device product (oversightModule.isFdaRegulatedDrug and isFdaRegulatedDevice are false).',
    ]);
    expect(entries[2]!.deadlines).toEqual([]);
  });

  it('prints a table sorted by due day, overdue first, plain when not on a terminal', () => {
    const dir = tempProject({
      'a.trial.yaml': overdueDraft,
      'b.trial.yaml': upcomingDraft,
      'c.trial.yaml': cleanTrial,
    });
    const run = runCli(['deadlines', '--as-of', AS_OF], { cwd: dir, env: { NO_COLOR: '' } });
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^due\s+state\s+deadline\s+trial\s+applies\s+file$/);
    expect(lines.slice(1, 6).map((line) => line.split(/\s{2,}/))).toEqual([
      ['2026-03-23', 'overdue 243 d', 'registration', 'VITD-2026-01', 'ACT', 'a.trial.yaml'],
      ['2026-12-31', 'upcoming', 'registration', 'VITD-2026-02', 'ACT', 'b.trial.yaml'],
      ['2028-06-30', 'upcoming', 'results', 'VITD-2026-01', 'ACT', 'a.trial.yaml'],
      ['2028-06-30', 'upcoming', 'results', 'VITD-2026-02', 'ACT', 'b.trial.yaml'],
      ['—', '—', '—', 'VITD-2026-01', 'not an ACT', 'c.trial.yaml'],
    ]);
    expect(run.stdout).toContain('3 trials (2 ACT, 0 pACT, 1 not covered); deadlines: 1 overdue');
    expect(run.stdout).toContain('not legal advice');
    expect(run.stdout).not.toContain('\u001b[');
    // Colour where asked for (a terminal, or FORCE_COLOR): overdue in red.
    const coloured = runCli(['deadlines', '--as-of', AS_OF], {
      cwd: dir,
      env: { FORCE_COLOR: '1', NO_COLOR: '' },
    });
    const overdueLine = coloured.stdout.split('\n').find((line) => line.includes('2026-03-23'));
    expect(overdueLine?.startsWith('\u001b[31m')).toBe(true);
  });

  it('writes an iCalendar file: CRLF, folded at 75 octets, one event per upcoming deadline, stable UIDs', () => {
    const dir = tempProject({ 'a.trial.yaml': overdueDraft, 'b.trial.yaml': upcomingDraft });
    const run = runCli(['deadlines', '--format', 'ics', '--as-of', AS_OF], { cwd: dir });
    expect(run.status).toBe(0);
    const ics = run.stdout;
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(ics).toMatch(/\r\n [^ ]/); // long descriptions are folded

    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    // The overdue registration is not an upcoming deadline; the three others are.
    expect(events.map((event) => [event.summary, event.startDate.toString()]).sort()).toEqual([
      ['VITD-2026-01: results due', '2028-06-30'],
      ['VITD-2026-02: registration due', '2026-12-31'],
      ['VITD-2026-02: results due', '2028-06-30'],
    ]);
    const results = events.find((event) => event.summary === 'VITD-2026-02: results due')!;
    expect(results.description).toContain(
      'ACT: Primary completion date 2027-06 (ESTIMATED, read as 2027-06-30) + 1 year (42 CFR 11.44(a): submit results',
    );
    expect(results.description).toContain('File: b.trial.yaml');
    expect(results.uid).toBe('VITD-2026-02.results.date@trialyaml');

    // The primary completion moves: the same events, at the new day, under the same UIDs.
    writeFileSync(join(dir, 'b.trial.yaml'), upcomingDraft.replace('date: 2027-06', 'date: 2027-09'));
    const again = runCli(['deadlines', '--format', 'ics', '--as-of', AS_OF], { cwd: dir }).stdout;
    const moved = new ICAL.Component(ICAL.parse(again))
      .getAllSubcomponents('vevent')
      .map((component) => new ICAL.Event(component));
    expect(moved.map((event) => event.uid).sort()).toEqual(events.map((event) => event.uid).sort());
    expect(moved.find((event) => event.uid === results.uid)!.startDate.toString()).toBe('2028-09-30');
  });

  it('dates a status change by the commit that made it, in a git repository', () => {
    const dir = tempProject({});
    git(dir, ['init', '-q']);
    const imported = runCli(['import', join(repoRoot, 'fixtures/ctgov-samples/NCT04267848.json')]).stdout;
    const path = join(dir, 'NCT04267848.trial.yaml');
    writeFileSync(path, imported);
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'Import'], '2025-09-10');
    writeFileSync(
      path,
      imported.replace('overallStatus: RECRUITING', 'overallStatus: ACTIVE_NOT_RECRUITING'),
    );
    git(dir, ['commit', '-q', '-am', 'Enrolment closed'], '2026-11-02');
    const run = runCli(['deadlines', '--format', 'json', '--as-of', AS_OF], { cwd: dir });
    expect(run.status).toBe(0);
    const [entry] = json(run.stdout);
    expect(entry!.nctId).toBe('NCT04267848');
    const update = entry!.deadlines.find((deadline) => deadline.pointer === '/statusModule/overallStatus');
    expect(update).toMatchObject({ kind: 'status-update', due: '2026-12-02', state: 'due' });
    expect(update!.basis).toMatch(
      /^The recruitment status \(overallStatus\) changed from RECRUITING to ACTIVE_NOT_RECRUITING in commit [0-9a-f]{12} of 2026-11-02; \+ 30 days/,
    );
    // The same change not committed yet counts from the as-of day.
    writeFileSync(path, imported.replace('overallStatus: RECRUITING', 'overallStatus: SUSPENDED'));
    const uncommitted = json(
      runCli(['deadlines', '--format', 'json', '--as-of', AS_OF], { cwd: dir }).stdout,
    )[0]!;
    expect(
      uncommitted.deadlines.find((deadline) => deadline.pointer === '/statusModule/overallStatus'),
    ).toMatchObject({
      due: '2026-12-21',
      basis: expect.stringMatching(
        /from ACTIVE_NOT_RECRUITING to SUSPENDED in the working tree \(not committed yet\)/,
      ),
    });
  });

  it('reads imported registry records as the trackers do', () => {
    const dir = tempProject({});
    for (const id of ['NCT04207047', 'NCT03418623', 'NCT05594173']) {
      const imported = runCli(['import', join(repoRoot, `fixtures/ctgov-samples/${id}.json`)]);
      expect(imported.status).toBe(0);
      writeFileSync(join(dir, `${id}.trial.yaml`), imported.stdout);
    }
    const entries = json(runCli(['deadlines', '--format', 'json', '--as-of', AS_OF], { cwd: dir }).stdout);
    const summary = entries.map((entry) => [
      entry.nctId,
      entry.applicability,
      entry.deadlines.map((deadline) => `${deadline.kind} ${deadline.due} ${deadline.state}`),
    ]);
    expect(summary).toEqual([
      [
        'NCT03418623',
        'ACT',
        [
          'registration 2018-03-29 met',
          'results 2021-03-13 overdue',
          'status-update 2020-04-12 met',
          'status-update 2020-04-12 met',
        ],
      ],
      [
        'NCT04207047',
        'ACT',
        [
          'registration 2018-10-23 met',
          'results 2019-10-31 overdue',
          'verification 2020-12-31 overdue',
          'status-update 2018-11-30 met',
        ],
      ],
      // Not covered: registered, so the 30-day updates still show (met by the registry's last update).
      ['NCT05594173', 'not-covered', ['status-update 2021-01-19 met', 'status-update 2021-01-19 met']],
    ]);
  });

  it('reports a file that is not valid YAML with its line and column, lists the others, and exits 1', () => {
    const dir = tempProject({
      'a.trial.yaml': overdueDraft,
      'broken.trial.yaml': 'statusModule:\n  overallStatus: [RECRUITING\n',
    });
    const run = runCli(['deadlines', '--format', 'json', '--as-of', AS_OF], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^trialyaml: broken\.trial\.yaml:\d+:\d+: YAML syntax error: .* Its deadlines are not listed\.\n$/,
    );
    expect(json(run.stdout).map((entry) => entry.applicability)).toEqual(['ACT']);
  });

  it.each([
    [['deadlines', '--format', 'xml'], /Unknown format "xml". Use one of: table, json, ics\./],
    [['deadlines', '--as-of', '2026-02-30'], /--as-of takes a date written YYYY-MM-DD, not "2026-02-30"/],
    [['deadlines', 'missing.trial.yaml'], /No such file or folder: missing\.trial\.yaml/],
    [['deadlines', '--bogus'], /Unknown option '--bogus'/],
  ])('exits 2 on %j', (args, message) => {
    const dir = tempProject({ 'a.trial.yaml': cleanTrial });
    const run = runCli(args, { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });
});

describe('the us-fdaaa preset (real binary)', () => {
  it('turns the deadline rules on, as of --as-of', () => {
    const dir = tempProject({ '.trialyamlrc.yaml': 'extends: us-fdaaa\n', 'a.trial.yaml': overdueDraft });
    const run = runCli(['lint', '--format', 'json', '--as-of', AS_OF], { cwd: dir });
    expect(run.status).toBe(1);
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; line: number }> }>;
    expect(result!.messages.map((message) => [message.ruleId, message.line])).toEqual([
      ['registration-late', 13],
    ]);
    // Before the due day, nothing.
    const before = runCli(['lint', '--format', 'json', '--as-of', '2026-03-20'], { cwd: dir });
    const [early] = JSON.parse(before.stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
    expect(early!.messages.filter((message) => message.ruleId === 'registration-late')).toEqual([]);
  });

  it('leaves them off in recommended', () => {
    const dir = tempProject({ 'a.trial.yaml': overdueDraft });
    expect(runCli(['lint', '--as-of', AS_OF], { cwd: dir }).status).toBe(0);
    expect(readFileSync(join(dir, 'a.trial.yaml'), 'utf8')).toBe(overdueDraft);
  });
});
