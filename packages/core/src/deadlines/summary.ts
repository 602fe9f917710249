import { textAt } from './read-fields.js';
import type { Applicability, Deadline, TrialDeadlines } from './types.js';

/** How each applicability reads in one line. */
export const APPLICABILITY_LABELS: Readonly<Record<Applicability, string>> = {
  ACT: 'ACT',
  pACT: 'pACT',
  'not-covered': 'not an ACT',
  unknown: 'ACT unknown',
};

const NOUNS = {
  registration: 'registration',
  results: 'results',
  verification: 'verification',
  'status-update': 'status update',
} as const;

/**
 * A deadline in a few words: "results due 2027-09-30", "registration overdue since 2018-10-23", "results
 * submitted 2020-03-20". Undefined for what is not worth a glance (a met status update, one that cannot be told).
 */
export function describeDeadline(deadline: Deadline): string | undefined {
  const noun = NOUNS[deadline.kind];
  const { due, state } = deadline;
  switch (state) {
    case 'met':
      if (deadline.kind === 'status-update') return undefined;
      if (deadline.kind === 'registration')
        return late(deadline) ? `registered late (${deadline.metOn})` : 'registered';
      if (deadline.kind === 'results')
        return deadline.metOn
          ? `results submitted ${deadline.metOn}${late(deadline) ? ' (late)' : ''}`
          : 'results waived';
      return undefined;
    case 'overdue':
      return `${noun} overdue since ${due}`;
    case 'due':
    case 'upcoming':
      return deadline.kind === 'registration' ? `register by ${due}` : `${noun} due ${due}`;
    default:
      return deadline.kind === 'status-update' ? undefined : `${noun} due date unknown`;
  }
}

function late(deadline: Deadline): boolean {
  return Boolean(deadline.metOn && deadline.due && deadline.metOn > deadline.due);
}

/**
 * The deadlines of a trial in one line, for an editor's code lens or a list: "ACT · results due 2027-09-30 ·
 * verified 2026-11". `trial` gives the verification date as written.
 */
export function summarizeDeadlines(result: TrialDeadlines, trial: unknown): string {
  const parts: string[] = [APPLICABILITY_LABELS[result.applicability]];
  for (const deadline of result.deadlines) {
    if (deadline.kind === 'verification') {
      const verified = textAt(trial, 'statusModule', 'statusVerifiedDate');
      if (deadline.state === 'overdue' || deadline.state === 'due' || !verified) {
        const words = describeDeadline(deadline);
        if (words) parts.push(words);
      } else parts.push(`verified ${verified}`);
      continue;
    }
    const words = describeDeadline(deadline);
    if (words) parts.push(words);
  }
  return parts.join(' · ');
}
