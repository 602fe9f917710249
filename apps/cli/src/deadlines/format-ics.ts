// iCalendar (RFC 5545) output of `trialyaml deadlines --format ics`: one all-day event per upcoming deadline.
import { addDays, APPLICABILITY_LABELS, type Deadline } from '@trialyaml/core';
import { trialName, type ReportedTrial } from './report.js';

const encoder = new TextEncoder();

/** A TEXT value escaped (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * A content line folded at 75 octets (RFC 5545 3.1): continuation lines start with one space, and no UTF-8
 * character is split. Lines end with CRLF.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; continuation lines 74 after their leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ') + '\r\n';
}

const compact = (day: string): string => day.replace(/-/g, '');

const NOUNS: Record<Deadline['kind'], string> = {
  registration: 'registration due',
  results: 'results due',
  verification: 'verification due',
  'status-update': 'registry update due',
};

/**
 * The event's id: the trial (its study id, which a draft already has and keeps after registration, else its NCT
 * number, else its file), the kind and the field. The same deadline gets the same UID in every export, so a
 * calendar that imports the file again updates the event instead of adding another.
 */
export function eventUid(trial: ReportedTrial, deadline: Deadline): string {
  const identity = trial.orgStudyId ?? trial.nctId ?? trial.relativePath;
  const field = deadline.pointer.split('/').pop() ?? '';
  return `${encodeURIComponent(identity)}.${deadline.kind}.${encodeURIComponent(field)}@trialyaml`;
}

function event(trial: ReportedTrial, deadline: Deadline & { due: string }, asOf: string): string[] {
  const name = trialName(trial);
  const description = [
    trial.briefTitle ?? '',
    `${APPLICABILITY_LABELS[trial.applicability]}: ${deadline.basis}`,
    `File: ${trial.relativePath}`,
  ]
    .filter(Boolean)
    .join('\n\n');
  const lines = [
    'BEGIN:VEVENT',
    `UID:${eventUid(trial, deadline)}`,
    `DTSTAMP:${compact(asOf)}T000000Z`,
    `DTSTART;VALUE=DATE:${compact(deadline.due)}`,
    `DTEND;VALUE=DATE:${compact(addDays(deadline.due, 1))}`,
    `SUMMARY:${escapeText(`${name}: ${NOUNS[deadline.kind]}`)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `CATEGORIES:${escapeText('Registry deadline')},${escapeText(deadline.kind)}`,
  ];
  if (trial.nctId) lines.push(`URL:https://clinicaltrials.gov/study/${encodeURIComponent(trial.nctId)}`);
  lines.push(
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(`${name}: ${NOUNS[deadline.kind]} in 7 days`)}`,
    'TRIGGER:-P7D',
    'END:VALARM',
    'END:VEVENT',
  );
  return lines;
}

/**
 * The calendar: one event per deadline that is upcoming or due (not met, overdue or without a day), on its due
 * day. DTSTAMP is the as-of day, so the same input gives the same file.
 */
export function formatIcs(trials: readonly ReportedTrial[], asOf: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//TrialYAML//trialyaml deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:Trial registry deadlines',
  ];
  for (const trial of trials)
    for (const deadline of trial.deadlines)
      if ((deadline.state === 'upcoming' || deadline.state === 'due') && deadline.due)
        lines.push(...event(trial, { ...deadline, due: deadline.due }, asOf));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('');
}
