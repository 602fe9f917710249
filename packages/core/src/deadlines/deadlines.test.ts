// Every deadline kind against the written reading of 42 CFR Part 11 in docs/guide/compliance.md:
// - registration: 21 calendar days after the first participant is enrolled (11.24(a)), ACTs only;
// - results: 1 year after the primary completion date, else the completion date (11.44(a)); a certification of
//   delay or an extension request: at most 2 years after it was submitted (11.44(b), (c), (e)); ACTs and pACTs;
// - verification: at least every 12 months while the study is ongoing (11.64(a)(1)(i)), registered records;
// - status update: 30 days after a change of recruitment status or reaching the actual primary completion date
//   (11.64(a)(1)(ii)), registered records.
// A month-only date means the month's last day; 29 February + 1 year is 28 February. `due` means at most 30 days
// away.
import { describe, expect, it } from 'vitest';
import { craft, registered } from '../../test/deadline-trials.js';
import { sampleProtocols } from '../../test/paths.js';
import { computeDeadlines } from './deadlines.js';
import { summarizeDeadlines } from './summary.js';
import type { Deadline, DeadlineKind, TrialHistory } from './types.js';

const AS_OF = '2026-11-21';

function deadlinesOf(data: unknown, asOf = AS_OF, history?: TrialHistory): Deadline[] {
  return computeDeadlines(data, history ? { asOf, history } : { asOf }).deadlines;
}

function one(data: unknown, kind: DeadlineKind, asOf = AS_OF, history?: TrialHistory): Deadline {
  const found = deadlinesOf(data, asOf, history).filter((deadline) => deadline.kind === kind);
  expect(found, `one ${kind} deadline`).toHaveLength(1);
  return found[0]!;
}

type Row = [string, Record<string, unknown>, string, Partial<Deadline>];

describe('registration: start date + 21 days (42 CFR 11.24(a))', () => {
  it.each<Row>([
    [
      'estimated start, 52 days before the due day',
      {},
      '2026-10-01',
      { due: '2026-11-22', state: 'upcoming' },
    ],
    ['31 days before the due day', {}, '2026-10-22', { due: '2026-11-22', state: 'upcoming' }],
    ['30 days before the due day', {}, '2026-10-23', { due: '2026-11-22', state: 'due' }],
    ['on the due day', {}, '2026-11-22', { due: '2026-11-22', state: 'due' }],
    ['the day after', {}, '2026-11-23', { due: '2026-11-22', state: 'overdue' }],
    [
      'a month-only start counts from the last day of the month',
      { 'statusModule.startDateStruct.date': '2026-02' },
      '2026-01-01',
      { due: '2026-03-21', state: 'upcoming' },
    ],
    [
      'into a leap day',
      { 'statusModule.startDateStruct.date': '2024-02-08' },
      '2024-02-01',
      { due: '2024-02-29', state: 'due' },
    ],
    [
      'over the end of February in a common year',
      { 'statusModule.startDateStruct.date': '2023-02-08' },
      '2023-02-01',
      { due: '2023-03-01', state: 'due' },
    ],
    [
      'without a start date',
      { 'statusModule.startDateStruct': undefined },
      AS_OF,
      { due: null, state: 'unknown' },
    ],
  ])('%s', (_name, changes, asOf, expected) => {
    expect(one(craft(changes), 'registration', asOf)).toMatchObject(expected);
  });

  it('is met on the day the record was first submitted, on time or late', () => {
    const onTime = one(registered(), 'registration');
    expect(onTime).toMatchObject({ due: '2026-11-22', state: 'met', metOn: '2026-10-20' });
    expect(onTime.basis).toMatch(/First submitted to the registry on 2026-10-20\.$/);
    const late = one(registered({ 'statusModule.studyFirstSubmitDate': '2026-11-30' }), 'registration');
    expect(late).toMatchObject({ due: '2026-11-22', state: 'met', metOn: '2026-11-30' });
    expect(late.basis).toMatch(/on 2026-11-30, 8 days late\.$/);
  });

  it('is met, on an unknown day, for a registered record without its submission date', () => {
    const deadline = one(registered({ 'statusModule.studyFirstSubmitDate': undefined }), 'registration');
    expect(deadline).toMatchObject({ state: 'met', metOn: null });
    expect(deadline.basis).toMatch(/Registered as NCT09999999; the day it was submitted/);
  });

  it('says which date and rule gave it', () => {
    expect(one(craft({}), 'registration').basis).toBe(
      'Start date 2026-11-01 (ESTIMATED) + 21 days (42 CFR 11.24(a): register within 21 calendar days after enrolling the first participant). Not registered yet (no NCT number).',
    );
    expect(one(craft({}), 'registration').pointer).toBe('/statusModule/startDateStruct/date');
  });

  it('applies to ACTs only, not to pACTs', () => {
    const pact = craft({
      'statusModule.startDateStruct': { date: '2016-06-01', type: 'ACTUAL' },
      'statusModule.primaryCompletionDateStruct': { date: '2017-06-01', type: 'ACTUAL' },
    });
    expect(computeDeadlines(pact, { asOf: AS_OF }).applicability).toBe('pACT');
    expect(deadlinesOf(pact).map((deadline) => deadline.kind)).not.toContain('registration');
  });
});

describe('results: primary completion (else completion) + 1 year (42 CFR 11.44)', () => {
  it.each<Row>([
    [
      'from the primary completion date',
      {},
      AS_OF,
      { due: '2029-06-30', state: 'upcoming', pointer: '/statusModule/primaryCompletionDateStruct/date' },
    ],
    [
      '29 February + 1 year is 28 February',
      { 'statusModule.primaryCompletionDateStruct.date': '2024-02-29' },
      '2025-03-01',
      { due: '2025-02-28', state: 'overdue' },
    ],
    [
      'a month-only date is the month’s last day',
      { 'statusModule.primaryCompletionDateStruct.date': '2024-02' },
      '2025-02-28',
      { due: '2025-02-28', state: 'due' },
    ],
    [
      'a year-only date is the year’s last day',
      { 'statusModule.primaryCompletionDateStruct.date': '2025' },
      AS_OF,
      { due: '2026-12-31', state: 'upcoming' },
    ],
    [
      'the completion date when there is no primary completion date',
      {
        'statusModule.primaryCompletionDateStruct': undefined,
        'statusModule.completionDateStruct.date': '2025-12-15',
      },
      AS_OF,
      { due: '2026-12-15', state: 'due', pointer: '/statusModule/completionDateStruct/date' },
    ],
    [
      'without either date',
      {
        'statusModule.primaryCompletionDateStruct': undefined,
        'statusModule.completionDateStruct': undefined,
      },
      AS_OF,
      { due: null, state: 'unknown' },
    ],
    [
      'a certification of delay: at most 2 years after it',
      {
        'statusModule.primaryCompletionDateStruct.date': '2025-03-31',
        'statusModule.dispFirstSubmitDate': '2026-01-10',
      },
      AS_OF,
      { due: '2028-01-10', state: 'upcoming' },
    ],
    [
      'a certification after the standard due day moves nothing',
      {
        'statusModule.primaryCompletionDateStruct.date': '2024-03-31',
        'statusModule.dispFirstSubmitDate': '2025-06-01',
      },
      AS_OF,
      { due: '2025-03-31', state: 'overdue' },
    ],
    [
      'submitted results meet it',
      {
        'statusModule.primaryCompletionDateStruct.date': '2025-03-31',
        'statusModule.resultsFirstSubmitDate': '2026-03-01',
      },
      AS_OF,
      { due: '2026-03-31', state: 'met', metOn: '2026-03-01' },
    ],
    [
      'late results meet it late',
      {
        'statusModule.primaryCompletionDateStruct.date': '2024-03-31',
        'statusModule.resultsFirstSubmitDate': '2025-05-01',
      },
      AS_OF,
      { due: '2025-03-31', state: 'met', metOn: '2025-05-01' },
    ],
    [
      'a waiver meets it',
      { 'statusModule.primaryCompletionDateStruct.date': '2024-03-31', 'statusModule.resultsWaived': true },
      AS_OF,
      { due: '2025-03-31', state: 'met', metOn: null },
    ],
  ])('%s', (_name, changes, asOf, expected) => {
    expect(one(craft(changes), 'results', asOf)).toMatchObject(expected);
  });

  it('says which date and rule gave it', () => {
    const deadline = one(craft({ 'statusModule.primaryCompletionDateStruct.date': '2024-02' }), 'results');
    expect(deadline.basis).toBe(
      'Primary completion date 2024-02 (ESTIMATED, read as 2024-02-29) + 1 year (42 CFR 11.44(a): submit results within 1 year after the primary completion date). No results submission in the file (statusModule.resultsFirstSubmitDate).',
    );
  });

  it('applies to pACTs too, and not to trials that are not covered', () => {
    const pact = craft({
      'statusModule.startDateStruct': { date: '2016-06-01', type: 'ACTUAL' },
      'statusModule.primaryCompletionDateStruct': { date: '2017-06-01', type: 'ACTUAL' },
    });
    expect(one(pact, 'results')).toMatchObject({ due: '2018-06-01', state: 'overdue' });
    expect(deadlinesOf(craft({ 'designModule.phases': ['PHASE1'] }))).toEqual([]);
  });

  it('gives a draft of unknown applicability the deadlines it would have as an ACT, saying so', () => {
    const deadlines = deadlinesOf(craft({ 'designModule.phases': undefined }));
    expect(deadlines.map((deadline) => deadline.kind)).toEqual(['registration', 'results']);
    for (const deadline of deadlines)
      expect(deadline.basis).toMatch(/^If this is an applicable clinical trial: /);
  });
});

describe('verification: statusVerifiedDate + 12 months while ongoing (42 CFR 11.64(a)(1)(i))', () => {
  it.each<Row>([
    [
      'a month-only date: due at the end of the month a year later',
      { 'statusModule.statusVerifiedDate': '2025-11' },
      AS_OF,
      { due: '2026-11-30', state: 'due' },
    ],
    [
      'a year ago and a month',
      { 'statusModule.statusVerifiedDate': '2025-10' },
      AS_OF,
      { due: '2026-10-31', state: 'overdue' },
    ],
    [
      'recently',
      { 'statusModule.statusVerifiedDate': '2026-10' },
      AS_OF,
      { due: '2027-10-31', state: 'upcoming' },
    ],
    [
      'on a leap day',
      { 'statusModule.statusVerifiedDate': '2024-02-29' },
      '2025-02-28',
      { due: '2025-02-28', state: 'due' },
    ],
    ['not given', { 'statusModule.statusVerifiedDate': undefined }, AS_OF, { due: null, state: 'unknown' }],
    [
      'the registry set UNKNOWN: the last status entered decides',
      {
        'statusModule.overallStatus': 'UNKNOWN',
        'statusModule.lastKnownStatus': 'ACTIVE_NOT_RECRUITING',
        'statusModule.statusVerifiedDate': '2023-04',
      },
      AS_OF,
      { due: '2024-04-30', state: 'overdue' },
    ],
  ])('%s', (_name, changes, asOf, expected) => {
    expect(one(registered(changes), 'verification', asOf)).toMatchObject(expected);
  });

  it.each([
    ['COMPLETED'],
    ['TERMINATED'],
    ['WITHDRAWN'],
    ['NO_LONGER_AVAILABLE'],
    ['APPROVED_FOR_MARKETING'],
  ])('ends when the study is %s', (status) => {
    const kinds = deadlinesOf(registered({ 'statusModule.overallStatus': status })).map(
      (deadline) => deadline.kind,
    );
    expect(kinds).not.toContain('verification');
  });

  it('applies to registered records only, covered or not', () => {
    expect(deadlinesOf(craft({})).map((deadline) => deadline.kind)).not.toContain('verification');
    const observational = registered({ 'designModule.studyType': 'OBSERVATIONAL' });
    expect(one(observational, 'verification')).toMatchObject({ due: '2027-10-31' });
  });
});

describe('status update: 30 days after a change (42 CFR 11.64(a)(1)(ii))', () => {
  const completed = (changes: Record<string, unknown> = {}): Record<string, unknown> =>
    registered({
      'statusModule.overallStatus': 'COMPLETED',
      'statusModule.primaryCompletionDateStruct': { date: '2026-09-30', type: 'ACTUAL' },
      'statusModule.completionDateStruct': { date: '2026-10-15', type: 'ACTUAL' },
      ...changes,
    });
  const updates = (data: unknown, asOf = AS_OF, history?: TrialHistory): Deadline[] =>
    deadlinesOf(data, asOf, history).filter((deadline) => deadline.kind === 'status-update');

  it('counts from the file’s dates without history: completion for COMPLETED, and the actual primary completion', () => {
    expect(updates(completed({ 'statusModule.lastUpdateSubmitDate': '2026-09-01' }))).toMatchObject([
      { due: '2026-11-14', state: 'overdue', pointer: '/statusModule/overallStatus' },
      { due: '2026-10-30', state: 'overdue', pointer: '/statusModule/primaryCompletionDateStruct/date' },
    ]);
  });

  it('is met when the registry record was updated on or after the change', () => {
    expect(updates(completed({ 'statusModule.lastUpdateSubmitDate': '2026-10-15' }))).toMatchObject([
      { state: 'met', metOn: '2026-10-15' },
      { state: 'met', metOn: '2026-10-15' },
    ]);
    expect(updates(completed({ 'statusModule.lastUpdateSubmitDate': '2026-10-01' }))).toMatchObject([
      { state: 'overdue' },
      { state: 'met', metOn: '2026-10-01' },
    ]);
  });

  it('cannot tell once past due when the file has no registry update date', () => {
    const [status] = updates(completed());
    expect(status).toMatchObject({ state: 'unknown', due: '2026-11-14' });
    expect(status!.basis).toMatch(/does not show whether the registry was updated/);
    // Before the due day the deadline stands whatever the file shows.
    expect(updates(completed(), '2026-10-20')[0]).toMatchObject({ state: 'due' });
  });

  it('counts recruiting from the actual start date; a planned or month-less change gives no deadline', () => {
    expect(
      updates(registered({ 'statusModule.lastUpdateSubmitDate': '2026-10-20' }), '2026-11-02'),
    ).toMatchObject([{ due: '2026-12-01', state: 'due' }]);
    expect(updates(registered({ 'statusModule.overallStatus': 'ACTIVE_NOT_RECRUITING' }))).toEqual([]);
    expect(updates(registered({ 'statusModule.startDateStruct.type': 'ESTIMATED' }))).toEqual([]);
  });

  it('counts a month-only actual primary completion from the month’s last day', () => {
    const data = registered({
      'statusModule.primaryCompletionDateStruct': { date: '2026-10', type: 'ACTUAL' },
    });
    expect(updates(data).find((d) => d.pointer.includes('primaryCompletion'))).toMatchObject({
      due: '2026-11-30',
      state: 'due',
    });
  });

  it('takes a status change from the commit that made it', () => {
    const history: TrialHistory = {
      statusChange: {
        commit: '0123456789abcdef0123',
        date: '2026-11-05',
        from: 'RECRUITING',
        to: 'ACTIVE_NOT_RECRUITING',
      },
    };
    const data = registered({
      'statusModule.overallStatus': 'ACTIVE_NOT_RECRUITING',
      'statusModule.lastUpdateSubmitDate': '2026-10-01',
    });
    const [deadline] = updates(data, AS_OF, history);
    expect(deadline).toMatchObject({
      due: '2026-12-05',
      state: 'due',
      pointer: '/statusModule/overallStatus',
    });
    expect(deadline!.basis).toBe(
      'The recruitment status (overallStatus) changed from RECRUITING to ACTIVE_NOT_RECRUITING in commit 0123456789ab of 2026-11-05; + 30 days (42 CFR 11.64(a)(1)(ii): update the record within 30 days). The registry record was last updated on 2026-10-01, before the change.',
    );
    // The registry updated after the commit: met.
    const updated = {
      ...data,
      statusModule: { ...(data.statusModule as object), lastUpdateSubmitDate: '2026-11-10' },
    };
    expect(updates(updated, AS_OF, history)[0]).toMatchObject({ state: 'met', metOn: '2026-11-10' });
  });

  it('counts a change not committed yet from the as-of day', () => {
    const history: TrialHistory = { statusChange: { from: 'RECRUITING', to: 'SUSPENDED' } };
    const [deadline] = updates(registered({ 'statusModule.overallStatus': 'SUSPENDED' }), AS_OF, history);
    // 30 days away: due.
    expect(deadline).toMatchObject({ due: '2026-12-21', state: 'due' });
    expect(deadline!.basis).toMatch(/in the working tree \(not committed yet\)/);
  });

  it('prefers the history to the file’s dates, and says when the history shows no change', () => {
    const data = completed({ 'statusModule.lastUpdateSubmitDate': '2026-09-01' });
    const withHistory = updates(data, AS_OF, {});
    expect(withHistory[0]!.basis).toMatch(
      /^The history shows no change of overallStatus since the file was added; it is COMPLETED since the completion date 2026-10-15/,
    );
    const madeActual = updates(data, AS_OF, {
      primaryCompletionActual: {
        commit: 'abcdef0123456789',
        date: '2026-10-02',
        from: 'ESTIMATED',
        to: 'ACTUAL',
      },
    });
    // The law counts from the actual primary completion date; the commit says when it was recorded.
    expect(madeActual[1]).toMatchObject({ due: '2026-10-30' });
    expect(madeActual[1]!.basis).toMatch(/made ACTUAL in commit abcdef012345 of 2026-10-02/);
  });

  it('applies to registered records only', () => {
    expect(
      updates(
        craft({ 'statusModule.overallStatus': 'RECRUITING', 'statusModule.startDateStruct.type': 'ACTUAL' }),
      ),
    ).toEqual([]);
  });
});

describe('computeDeadlines', () => {
  it('lists the kinds in order', () => {
    const data = registered({
      'statusModule.primaryCompletionDateStruct': { date: '2026-10', type: 'ACTUAL' },
      'statusModule.lastUpdateSubmitDate': '2026-11-02',
    });
    expect(deadlinesOf(data).map((deadline) => deadline.kind)).toEqual([
      'registration',
      'results',
      'verification',
      'status-update',
      'status-update',
    ]);
  });

  it('refuses an as-of day that is not a day', () => {
    expect(() => computeDeadlines(craft({}), { asOf: '2026-11' })).toThrow(RangeError);
  });

  it.each([
    [undefined],
    [null],
    ['x'],
    [[]],
    [{ statusModule: 'x', designModule: [1] }],
    [{ identificationModule: { nctId: 'NCT1' }, statusModule: { overallStatus: 7 } }],
  ])('never throws on %j', (data) => {
    expect(() => computeDeadlines(data, { asOf: AS_OF })).not.toThrow();
  });
});

describe('deadlines of the real registry records, as of 2026-11-21', () => {
  // Read by hand from each record: [kind, due, state, metOn] for every deadline, in order. A status update is
  // met by the registry's last update, which says it was done, not when (metOn null) unless that is by the due day.
  const expected: Record<string, Array<[DeadlineKind, string | null, string, (string | null)?]>> = {
    // ACT, registered two months before the start; no results 5 years after primary completion.
    'NCT03418623.json': [
      ['registration', '2018-03-29', 'met', '2018-01-08'],
      ['results', '2021-03-13', 'overdue'],
      ['status-update', '2020-04-12', 'met', null],
      ['status-update', '2020-04-12', 'met', null],
    ],
    // ACT (device), registered 420 days after the start; results never submitted; the registry set UNKNOWN.
    'NCT04207047.json': [
      ['registration', '2018-10-23', 'met', '2019-12-17'],
      ['results', '2019-10-31', 'overdue'],
      ['verification', '2020-12-31', 'overdue'],
      ['status-update', '2018-11-30', 'met', null],
    ],
    // ACT, primary completion estimated 2025-12-15: results due within 30 days; verified 2025-08.
    'NCT04267848.json': [
      ['registration', '2020-07-07', 'met', '2020-02-12'],
      ['results', '2026-12-15', 'due'],
      ['verification', '2026-08-31', 'overdue'],
      ['status-update', '2020-07-16', 'met', null],
    ],
    // Not covered; the ongoing registered ones still have yearly verification.
    'NCT02513394.json': [
      ['verification', '2024-04-30', 'overdue'],
      ['status-update', '2020-12-30', 'met', null],
    ],
    'NCT06171568.json': [['verification', '2024-12-31', 'overdue']],
    'NCT00184067.json': [
      ['status-update', '2009-10-30', 'met', null],
      ['status-update', '2007-05-30', 'met', null],
    ],
  };

  it.each(Object.entries(expected))('%s', (name, rows) => {
    const protocol = sampleProtocols().find(([file]) => file === name)![1];
    const deadlines = deadlinesOf(protocol);
    expect(
      deadlines.map((deadline) => [
        deadline.kind,
        deadline.due,
        deadline.state,
        ...('metOn' in deadline ? [deadline.metOn] : []),
      ]),
    ).toEqual(rows);
  });

  it.each(sampleProtocols())('%s: every deadline says why and where', (_name, protocol) => {
    for (const deadline of deadlinesOf(protocol)) {
      expect(deadline.basis).toMatch(/42 CFR 11\.\d+/);
      expect(deadline.pointer).toMatch(/^\/statusModule\//);
    }
  });

  it('summarises a trial in one line', () => {
    const protocol = sampleProtocols().find(([file]) => file === 'NCT04267848.json')![1];
    expect(summarizeDeadlines(computeDeadlines(protocol, { asOf: AS_OF }), protocol)).toBe(
      'ACT · registered · results due 2026-12-15 · verification overdue since 2026-08-31',
    );
    expect(summarizeDeadlines(computeDeadlines(protocol, { asOf: '2026-01-10' }), protocol)).toBe(
      'ACT · registered · results due 2026-12-15 · verified 2025-08',
    );
  });
});
