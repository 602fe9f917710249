// The table of `trialyaml deadlines`: one line per trial and deadline, overdue first, then by due day.
import { APPLICABILITY_LABELS, daysBetween, type Deadline, type DeadlineState } from '@trialyaml/core';
import { visibleText } from '@trialyaml/validator/formatters';
import { createColors } from 'picocolors';
import { sortedRows, trialName, type ReportedTrial } from './report.js';

const KIND_WORDS: Record<Deadline['kind'], string> = {
  registration: 'registration',
  results: 'results',
  verification: 'verification',
  'status-update': 'status update',
};

/** The deadline's name; the two 30-day updates told apart by the field they count from. */
function kindWords(deadline: Deadline): string {
  if (deadline.kind === 'status-update' && deadline.pointer.includes('primaryCompletion'))
    return 'primary completion update';
  return KIND_WORDS[deadline.kind];
}

/** The state with how far the due day is: "overdue 40 d", "due in 12 d", "met (late)". */
function stateText(deadline: Deadline, asOf: string): string {
  const days = deadline.due ? daysBetween(asOf, deadline.due) : undefined;
  switch (deadline.state) {
    case 'overdue':
      return `overdue ${-(days ?? 0)} d`;
    case 'due':
      return days === 0 ? 'due today' : `due in ${days} d`;
    case 'met':
      return deadline.metOn && deadline.due && deadline.metOn > deadline.due ? 'met (late)' : 'met';
    default:
      return deadline.state;
  }
}

function counts(trials: readonly ReportedTrial[]): string {
  const by = (applicability: ReportedTrial['applicability']): number =>
    trials.filter((trial) => trial.applicability === applicability).length;
  const states = new Map<DeadlineState, number>();
  for (const trial of trials)
    for (const deadline of trial.deadlines) states.set(deadline.state, (states.get(deadline.state) ?? 0) + 1);
  const trialWord = trials.length === 1 ? 'trial' : 'trials';
  const parts = [`${by('ACT')} ACT`, `${by('pACT')} pACT`, `${by('not-covered')} not covered`];
  if (by('unknown')) parts.push(`${by('unknown')} unknown`);
  return `${trials.length} ${trialWord} (${parts.join(', ')}); deadlines: ${states.get('overdue') ?? 0} overdue, ${states.get('due') ?? 0} due within 30 days, ${states.get('upcoming') ?? 0} upcoming, ${states.get('met') ?? 0} met, ${states.get('unknown') ?? 0} unknown.`;
}

/** The table, in colour when `color` is set (a terminal). */
export function formatTable(trials: readonly ReportedTrial[], asOf: string, color: boolean): string {
  const c = createColors(color);
  const paint: Record<DeadlineState, (text: string) => string> = {
    overdue: (text) => c.red(c.bold(text)),
    due: c.yellow,
    upcoming: (text) => text,
    met: c.green,
    unknown: c.dim,
  };
  const header = ['due', 'state', 'deadline', 'trial', 'applies', 'file'];
  const rows = sortedRows(trials).map(({ trial, deadline }) => ({
    state: deadline?.state,
    cells: [
      deadline ? (deadline.due ?? 'unknown') : '—',
      deadline ? stateText(deadline, asOf) : '—',
      deadline ? kindWords(deadline) : '—',
      // Text from the file and its name: control characters shown as escapes, not sent to the terminal.
      visibleText(trialName(trial)),
      APPLICABILITY_LABELS[trial.applicability],
      visibleText(trial.relativePath),
    ],
  }));
  const widths = header.map((title, index) =>
    Math.max(title.length, ...rows.map((row) => row.cells[index]?.length ?? 0)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, index) => (index === cells.length - 1 ? cell : cell.padEnd(widths[index] ?? 0)))
      .join('  ');
  const lines = [c.bold(line(header))];
  for (const row of rows) {
    const text = line(row.cells);
    lines.push(row.state ? paint[row.state](text) : c.dim(text));
  }
  lines.push(
    '',
    counts(trials),
    `As of ${asOf}. A probable-ACT reading of registry fields, not legal advice; --format json gives each reason and basis.`,
    '',
  );
  return lines.join('\n');
}
