/**
 * Whether a trial is an applicable clinical trial under FDAAA 801 / 42 CFR Part 11, read from its registry
 * fields the way FDAAA TrialsTracker reads registry records:
 * - `ACT`: a probable applicable clinical trial that started on or after 2017-01-18 (the Final Rule applies);
 * - `pACT`: started before 2017-01-18 but its primary completion (else completion) is on or after it;
 * - `not-covered`: the fields say it is not one;
 * - `unknown`: a draft has not answered a question the answer depends on.
 */
export type Applicability = 'ACT' | 'pACT' | 'not-covered' | 'unknown';

/** The registry deadlines TrialYAML tracks. */
export type DeadlineKind = 'registration' | 'results' | 'verification' | 'status-update';

/**
 * Where a deadline stands on the as-of day: `upcoming`; `due` (on or before the due day, at most 30 days away);
 * `overdue` (past, not met); `met` (the file or its history shows it was done); `unknown` (the file does not give
 * the date it counts from, or does not show whether it was met).
 */
export type DeadlineState = 'upcoming' | 'due' | 'overdue' | 'met' | 'unknown';

export interface Deadline {
  kind: DeadlineKind;
  /** The last day to act, yyyy-MM-dd; null when the date it counts from is not in the file. */
  due: string | null;
  state: DeadlineState;
  /** In words: which dates and which rule gave the due day and the state. */
  basis: string;
  /** The JSON pointer of the field the deadline counts from (or is met by). */
  pointer: string;
  /**
   * When the file shows the deadline met: the day it was met (after `due`: met late); null when the file does not
   * say (a registered record without its submission day, a waiver, a registry update known only by the latest one).
   */
  metOn?: string | null;
}

/** The applicability of a trial, with the reasons that decided it. */
export interface ApplicabilityReading {
  applicability: Applicability;
  /** One sentence per criterion that decided it (for `not-covered` and `unknown`, the ones that did). */
  reasons: string[];
}

/** The deadlines of one trial as of a day. */
export interface TrialDeadlines extends ApplicabilityReading {
  /** The day the states are computed for, yyyy-MM-dd. */
  asOf: string;
  /** Every deadline that applies, in kind order: registration, results, verification, status-update. */
  deadlines: Deadline[];
}

/** A change found in the file's history (git): the commit that made it, or none while it is not committed. */
export interface HistoryChange {
  /** The commit's id; absent when the change is in the working tree and not committed yet. */
  commit?: string;
  /** The commit's author date, yyyy-MM-dd (absent when not committed). */
  date?: string;
  /** The value before the change (absent when the file did not have one). */
  from?: string;
  /** The value after the change. */
  to?: string;
}

/**
 * What the file's version history says, read by a Node-only helper (`readTrialHistory` in `@trialyaml/core/node`)
 * and passed in: the computation itself reads no files.
 */
export interface TrialHistory {
  /** The latest change of `statusModule.overallStatus`. Absent: the history shows none since the file was added. */
  statusChange?: HistoryChange;
  /** The change that made `primaryCompletionDateStruct.type` ACTUAL. Absent: none in the history. */
  primaryCompletionActual?: HistoryChange;
}

export interface DeadlineOptions {
  /** The day to compute states for, yyyy-MM-dd (the CLI's `--as-of`). */
  asOf: string;
  /** The file's version history, when it is in a git repository. */
  history?: TrialHistory;
}
