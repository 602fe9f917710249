import {
  APPLICABILITY_LABELS,
  computeDeadlines,
  describeDeadline,
  isDay,
  isPlainObject,
  type Deadline,
  type DeadlineKind,
  type DeadlineState,
  type TrialDeadlines,
} from '@trialyaml/core';
import type { StatusTone } from './status.js';

/** The deadline kinds in the order the page and the index show them. */
export const DEADLINE_KINDS: readonly DeadlineKind[] = [
  'registration',
  'results',
  'verification',
  'status-update',
];

/** Column and row titles of the kinds. */
export const KIND_TITLES: Readonly<Record<DeadlineKind, string>> = {
  registration: 'Registration',
  results: 'Results',
  verification: 'Verification',
  'status-update': 'Status update',
};

/** How each state is shown: a word and the colour family of its badge. */
export const STATE_BADGES: Readonly<Record<DeadlineState, { text: string; tone: StatusTone }>> = {
  overdue: { text: 'Overdue', tone: 'stopped' },
  due: { text: 'Due soon', tone: 'pending' },
  upcoming: { text: 'Upcoming', tone: 'active' },
  met: { text: 'Met', tone: 'open' },
  unknown: { text: 'Unknown', tone: 'unknown' },
};

/** Today in UTC, yyyy-MM-dd. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function isTrialDeadlines(value: unknown): value is TrialDeadlines {
  return isPlainObject(value) && typeof value.applicability === 'string' && Array.isArray(value.deadlines);
}

/**
 * The deadlines to show: the ones the caller computed (with the file's history, e.g. the CLI), else core's
 * computation from the trial's own dates as of `asOf` (default today). Undefined when neither is possible.
 */
export function deadlinesFor(trial: unknown, given: unknown, asOf: unknown): TrialDeadlines | undefined {
  if (isTrialDeadlines(given)) return given;
  try {
    return computeDeadlines(trial, { asOf: isDay(asOf) ? asOf : today() });
  } catch {
    return undefined;
  }
}

/** The applicability in a few words ("ACT", "not an ACT"). */
export function applicabilityText(result: TrialDeadlines): string {
  return APPLICABILITY_LABELS[result.applicability] ?? String(result.applicability);
}

/**
 * The deadline of a kind that matters most: overdue first, then due, upcoming, unknown, met; the earlier one
 * between two of a state (a trial may owe two 30-day updates).
 */
export function mostPressing(result: TrialDeadlines, kind: DeadlineKind): Deadline | undefined {
  const order: readonly DeadlineState[] = ['overdue', 'due', 'upcoming', 'unknown', 'met'];
  return result.deadlines
    .filter((deadline) => deadline.kind === kind)
    .sort(
      (a, b) =>
        order.indexOf(a.state) - order.indexOf(b.state) || (a.due ?? '9999').localeCompare(b.due ?? '9999'),
    )[0];
}

/** A deadline in words, for titles and tooltips. */
export function deadlineWords(deadline: Deadline): string {
  return describeDeadline(deadline) ?? `${KIND_TITLES[deadline.kind] ?? deadline.kind}: ${deadline.state}`;
}
