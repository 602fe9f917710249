// The file's git history for its deadlines, read with the real git from a repository this test makes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeDeadlines } from '../deadlines/deadlines.js';
import { readTrialHistories, readTrialHistory } from './trial-history.js';

function trialText(status: string, primaryType: string, extra = ''): string {
  return `identificationModule:
  nctId: NCT09999999
  briefTitle: Vitamin D in asthma
statusModule:
  statusVerifiedDate: 2025-10
  overallStatus: ${status}
  startDateStruct:
    date: 2025-01-06
    type: ACTUAL
  primaryCompletionDateStruct:
    date: 2025-09-12
    type: ${primaryType}
  lastUpdateSubmitDate: 2025-05-01
oversightModule:
  isFdaRegulatedDrug: true
designModule:
  studyType: INTERVENTIONAL
  phases:
    - PHASE3
${extra}`;
}

/** A repository with a git identity of its own, isolated from the machine's git config. */
function makeRepository(): { dir: string; git: (args: string[], date?: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'trialyaml-history-'));
  const env = {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: 'Registry Office',
    GIT_AUTHOR_EMAIL: 'office@example.org',
    GIT_COMMITTER_NAME: 'Registry Office',
    GIT_COMMITTER_EMAIL: 'office@example.org',
  };
  const git = (args: string[], date?: string): string =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: date
        ? { ...env, GIT_AUTHOR_DATE: `${date}T10:00:00+02:00`, GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' }
        : env,
    }).trim();
  git(['init', '-q', '-b', 'main']);
  return { dir, git };
}

describe('readTrialHistory (real git)', () => {
  let repo: ReturnType<typeof makeRepository>;
  const commits: Record<string, string> = {};

  beforeAll(() => {
    repo = makeRepository();
    const { dir, git } = repo;
    const commit = (name: string, text: string, date: string, file = 'a.trial.yaml'): void => {
      writeFileSync(join(dir, file), text);
      git(['add', '-A']);
      git(['commit', '-q', '-m', name], date);
      commits[name] = git(['rev-parse', 'HEAD']);
    };
    commit('added', trialText('NOT_YET_RECRUITING', 'ESTIMATED'), '2024-12-01');
    commit('recruiting', trialText('RECRUITING', 'ESTIMATED'), '2025-01-08');
    commit('closed', trialText('ACTIVE_NOT_RECRUITING', 'ESTIMATED'), '2025-06-02');
    commit(
      'unrelated',
      trialText('ACTIVE_NOT_RECRUITING', 'ESTIMATED', 'conditionsModule:\n  conditions:\n    - Asthma\n'),
      '2025-07-01',
    );
    commit(
      'pcd actual',
      trialText('ACTIVE_NOT_RECRUITING', 'ACTUAL', 'conditionsModule:\n  conditions:\n    - Asthma\n'),
      '2025-09-20',
    );
    // Renamed: the history follows the file.
    renameSync(join(dir, 'a.trial.yaml'), join(dir, 'NCT09999999.trial.yaml'));
    git(['add', '-A']);
    git(['commit', '-q', '-m', 'renamed'], '2025-10-01');
    commit('other file', trialText('COMPLETED', 'ACTUAL'), '2025-10-02', 'b.trial.yaml');
    // A new trial started as an exact copy of another: its history starts here, not in the other's.
    commit(
      'copied',
      trialText('ACTIVE_NOT_RECRUITING', 'ACTUAL', 'conditionsModule:\n  conditions:\n    - Asthma\n'),
      '2025-10-03',
      'c.trial.yaml',
    );
  });

  it('finds the commit that changed the status last and the one that made primary completion ACTUAL', async () => {
    const history = await readTrialHistory(join(repo.dir, 'NCT09999999.trial.yaml'));
    expect(history).toEqual({
      statusChange: {
        commit: commits.closed,
        date: '2025-06-02',
        from: 'RECRUITING',
        to: 'ACTIVE_NOT_RECRUITING',
      },
      primaryCompletionActual: {
        commit: commits['pcd actual'],
        date: '2025-09-20',
        from: 'ESTIMATED',
        to: 'ACTUAL',
      },
    });
  });

  it('feeds the deadlines: 30 days after the commit, met by a later registry update', () => {
    const history = {
      statusChange: {
        commit: commits.closed!,
        date: '2025-06-02',
        from: 'RECRUITING',
        to: 'ACTIVE_NOT_RECRUITING',
      },
    };
    const data = {
      identificationModule: { nctId: 'NCT09999999' },
      statusModule: { overallStatus: 'ACTIVE_NOT_RECRUITING', lastUpdateSubmitDate: '2025-05-01' },
    };
    const [deadline] = computeDeadlines(data, { asOf: '2025-06-20', history }).deadlines.filter(
      (d) => d.kind === 'status-update',
    );
    expect(deadline).toMatchObject({ due: '2025-07-02', state: 'due' });
    expect(deadline!.basis).toContain(`in commit ${commits.closed!.slice(0, 12)} of 2025-06-02`);
  });

  it('sees a change in the working tree that is not committed yet', async () => {
    const path = join(repo.dir, 'NCT09999999.trial.yaml');
    const text = trialText('COMPLETED', 'ACTUAL');
    expect(await readTrialHistory(path, { text })).toMatchObject({
      statusChange: { from: 'ACTIVE_NOT_RECRUITING', to: 'COMPLETED' },
      primaryCompletionActual: { commit: commits['pcd actual'] },
    });
    expect((await readTrialHistory(path, { text }))?.statusChange?.commit).toBeUndefined();
  });

  it('says "no change" for a file whose status never changed since it was added', async () => {
    expect(await readTrialHistory(join(repo.dir, 'b.trial.yaml'))).toEqual({});
  });

  it('does not follow a copy into the history of the trial it was copied from', async () => {
    expect(await readTrialHistory(join(repo.dir, 'c.trial.yaml'))).toEqual({});
  });

  it('is undefined for an untracked file, a file outside any repository, and a missing git', async () => {
    writeFileSync(join(repo.dir, 'untracked.trial.yaml'), trialText('RECRUITING', 'ESTIMATED'));
    expect(await readTrialHistory(join(repo.dir, 'untracked.trial.yaml'))).toBeUndefined();
    const outside = mkdtempSync(join(tmpdir(), 'trialyaml-nogit-'));
    writeFileSync(join(outside, 'x.trial.yaml'), trialText('RECRUITING', 'ESTIMATED'));
    expect(await readTrialHistory(join(outside, 'x.trial.yaml'))).toBeUndefined();
    expect(
      await readTrialHistory(join(repo.dir, 'NCT09999999.trial.yaml'), { git: join(outside, 'no-such-git') }),
    ).toBeUndefined();
  });

  it('reads many files at once, asking each repository once, and sees a change saved but not committed', async () => {
    const other = makeRepository();
    writeFileSync(join(other.dir, 'd.trial.yaml'), trialText('RECRUITING', 'ESTIMATED'));
    other.git(['add', '-A']);
    other.git(['commit', '-q', '-m', 'd'], '2025-02-01');
    writeFileSync(join(other.dir, 'd.trial.yaml'), trialText('SUSPENDED', 'ESTIMATED'));
    const outside = mkdtempSync(join(tmpdir(), 'trialyaml-nogit-'));
    writeFileSync(join(outside, 'x.trial.yaml'), trialText('RECRUITING', 'ESTIMATED'));
    const files = [
      join(repo.dir, 'NCT09999999.trial.yaml'),
      join(repo.dir, 'b.trial.yaml'),
      join(other.dir, 'd.trial.yaml'),
      join(outside, 'x.trial.yaml'),
    ];
    const histories = await readTrialHistories(
      files.map((path) => ({ path })),
      { concurrency: 2 },
    );
    expect([...histories.keys()].sort()).toEqual([...files].sort());
    expect(histories.get(files[0]!)?.statusChange?.commit).toBe(commits.closed);
    expect(histories.get(files[1]!)).toEqual({});
    expect(histories.get(files[2]!)).toEqual({ statusChange: { from: 'RECRUITING', to: 'SUSPENDED' } });
    expect(histories.get(files[3]!)).toBeUndefined();
  });

  it('reads a tracked file in a repository without commits as having no history', async () => {
    const { dir, git } = makeRepository();
    writeFileSync(join(dir, 'new.trial.yaml'), trialText('RECRUITING', 'ESTIMATED'));
    git(['add', 'new.trial.yaml']);
    expect(await readTrialHistory(join(dir, 'new.trial.yaml'))).toEqual({});
  });

  it('survives versions that are not valid YAML', async () => {
    const { dir, git } = makeRepository();
    const path = join(dir, 'broken.trial.yaml');
    writeFileSync(path, trialText('RECRUITING', 'ESTIMATED'));
    git(['add', '-A']);
    git(['commit', '-q', '-m', 'one'], '2025-01-01');
    writeFileSync(path, 'statusModule:\n  overallStatus: [COMPLETED\n  type: ACTUAL\n');
    git(['commit', '-q', '-am', 'broken'], '2025-02-01');
    writeFileSync(path, trialText('COMPLETED', 'ACTUAL'));
    git(['commit', '-q', '-am', 'fixed'], '2025-03-01');
    const history = await readTrialHistory(path);
    expect(history?.statusChange).toMatchObject({ date: '2025-03-01', to: 'COMPLETED' });
  });
});
