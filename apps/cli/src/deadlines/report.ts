import type { Applicability, Deadline } from '@trialyaml/core';

/** One file of `trialyaml deadlines --format json`: the contract other tools read. */
export interface DeadlineReportEntry {
  /** Absolute path of the trial file. */
  filePath: string;
  /** The registry's NCT number; null for a draft. */
  nctId: string | null;
  applicability: Applicability;
  reasons: string[];
  deadlines: Deadline[];
}

/** A report entry with what the table and the calendar show besides the JSON contract. */
export interface ReportedTrial extends DeadlineReportEntry {
  /** The file's path relative to the working folder. */
  relativePath: string;
  /** The organization's study id (drafts have no NCT number; it stays the same after registration). */
  orgStudyId: string | undefined;
  briefTitle: string | undefined;
}

/** How a trial is named in a line: its NCT number, else its study id, else its file. */
export function trialName(trial: ReportedTrial): string {
  return trial.nctId ?? trial.orgStudyId ?? trial.relativePath;
}

/** One line of the table: a trial and one of its deadlines (none, for a trial without any). */
export interface ReportRow {
  trial: ReportedTrial;
  deadline: Deadline | undefined;
}

const KIND_ORDER = ['registration', 'results', 'verification', 'status-update'];

/**
 * The rows in the order a registration office reads them: overdue first, then by due day; deadlines whose day
 * is unknown after those, and trials without deadlines last. Ties: by file, then kind.
 */
export function sortedRows(trials: readonly ReportedTrial[]): ReportRow[] {
  const rows = trials.flatMap((trial): ReportRow[] =>
    trial.deadlines.length
      ? trial.deadlines.map((deadline) => ({ trial, deadline }))
      : [{ trial, deadline: undefined }],
  );
  const rank = (row: ReportRow): number =>
    !row.deadline ? 3 : row.deadline.state === 'overdue' ? 0 : row.deadline.due ? 1 : 2;
  return rows.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.deadline?.due ?? '').localeCompare(b.deadline?.due ?? '') ||
      a.trial.relativePath.localeCompare(b.trial.relativePath) ||
      KIND_ORDER.indexOf(a.deadline?.kind ?? '') - KIND_ORDER.indexOf(b.deadline?.kind ?? ''),
  );
}
