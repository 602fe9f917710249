import { isPlainObject } from '../object.js';
import { readApplicability } from './applicability.js';
import { addDays, addMonths, daysBetween, isDay, readDate, type ReadDate } from './calendar.js';
import { booleanAt, enteredStatus, nctIdOf, textAt } from './read-fields.js';
import type {
  ApplicabilityReading,
  Deadline,
  DeadlineOptions,
  DeadlineState,
  HistoryChange,
  TrialDeadlines,
  TrialHistory,
} from './types.js';

/** A deadline at most this many days away is `due` rather than `upcoming`. */
export const DUE_SOON_DAYS = 30;

/** Statuses after which a record is no longer ongoing, so yearly verification ends. */
const ENDED_STATUSES = new Set([
  'COMPLETED',
  'TERMINATED',
  'WITHDRAWN',
  'NO_LONGER_AVAILABLE',
  'APPROVED_FOR_MARKETING',
]);

const POINTERS = {
  start: '/statusModule/startDateStruct/date',
  primaryCompletion: '/statusModule/primaryCompletionDateStruct/date',
  completion: '/statusModule/completionDateStruct/date',
  verified: '/statusModule/statusVerifiedDate',
  status: '/statusModule/overallStatus',
} as const;

/** upcoming, due or overdue: where an unmet deadline stands on the as-of day. */
function stateByDate(due: string, asOf: string): 'upcoming' | 'due' | 'overdue' {
  const days = daysBetween(asOf, due);
  if (days < 0) return 'overdue';
  return days <= DUE_SOON_DAYS ? 'due' : 'upcoming';
}

/** A registry date as written, with its type and, for a coarse date, the day it is read as. */
function dateWords(text: string, date: ReadDate, type: string | undefined): string {
  const read = date.precision === 'day' ? '' : `, read as ${date.day}`;
  return `${text}${type ? ` (${type}${read})` : read ? ` (${read.slice(2)})` : ''}`;
}

/** A day from a registry-assigned date field (yyyy-MM-dd), else undefined. */
function dayAt(trial: unknown, ...path: string[]): string | undefined {
  const value = textAt(trial, ...path);
  return isDay(value) ? value : undefined;
}

/** 42 CFR 11.24(a): register within 21 days after the first participant is enrolled (the actual start date). */
function registration(trial: unknown, asOf: string): Deadline {
  const text = textAt(trial, 'statusModule', 'startDateStruct', 'date');
  const start = readDate(text);
  const rule = '42 CFR 11.24(a): register within 21 calendar days after enrolling the first participant';
  if (!text || !start)
    return {
      kind: 'registration',
      due: null,
      state: 'unknown',
      basis: `Study Start Date (statusModule.startDateStruct.date) is not given, so the due day cannot be counted (${rule}).`,
      pointer: POINTERS.start,
    };
  const due = addDays(start.day, 21);
  const type = textAt(trial, 'statusModule', 'startDateStruct', 'type');
  let basis = `Start date ${dateWords(text, start, type)} + 21 days (${rule}).`;
  const submitted = dayAt(trial, 'statusModule', 'studyFirstSubmitDate');
  const nctId = nctIdOf(trial);
  if (submitted) {
    const late = daysBetween(due, submitted);
    basis += ` First submitted to the registry on ${submitted}${late > 0 ? `, ${late} day${late === 1 ? '' : 's'} late` : ''}.`;
    return { kind: 'registration', due, state: 'met', basis, pointer: POINTERS.start, metOn: submitted };
  }
  if (nctId) {
    basis += ` Registered as ${nctId}; the day it was submitted (statusModule.studyFirstSubmitDate) is not in the file.`;
    return { kind: 'registration', due, state: 'met', basis, pointer: POINTERS.start, metOn: null };
  }
  basis += ' Not registered yet (no NCT number).';
  return { kind: 'registration', due, state: stateByDate(due, asOf), basis, pointer: POINTERS.start };
}

/**
 * 42 CFR 11.44(a): results within 1 year after the primary completion date (the completion date when no primary
 * completion date is given). A certification of delay (11.44(b), (c)) or an extension request (11.44(e)), which
 * the registry records as `dispFirstSubmitDate`, moves it to at most 2 years after that submission.
 */
function results(trial: unknown, asOf: string): Deadline {
  const primaryText = textAt(trial, 'statusModule', 'primaryCompletionDateStruct', 'date');
  const primary = readDate(primaryText);
  const completionText = textAt(trial, 'statusModule', 'completionDateStruct', 'date');
  const completion = readDate(completionText);
  const rule = '42 CFR 11.44(a): submit results within 1 year after the primary completion date';
  const waived = booleanAt(trial, 'statusModule', 'resultsWaived') === true;
  const base = primary
    ? {
        label: 'Primary completion date',
        struct: 'primaryCompletionDateStruct',
        text: primaryText,
        date: primary,
      }
    : completion
      ? { label: 'Completion date', struct: 'completionDateStruct', text: completionText, date: completion }
      : undefined;
  if (!base?.text) {
    return {
      kind: 'results',
      due: null,
      state: waived ? 'met' : 'unknown',
      basis: `Neither Primary Completion Date (statusModule.primaryCompletionDateStruct.date) nor Study Completion Date (statusModule.completionDateStruct.date) is given, so the due day cannot be counted (${rule}).${waived ? ' The registry has waived results (statusModule.resultsWaived).' : ''}`,
      pointer: POINTERS.primaryCompletion,
      ...(waived ? { metOn: null } : {}),
    };
  }
  const pointer = primary ? POINTERS.primaryCompletion : POINTERS.completion;
  const type = textAt(trial, 'statusModule', base.struct, 'type');
  const standard = addMonths(base.date.day, 12);
  let due = standard;
  let basis = `${base.label} ${dateWords(base.text, base.date, type)} + 1 year (${rule}).`;
  const delayed = dayAt(trial, 'statusModule', 'dispFirstSubmitDate');
  if (delayed && delayed <= standard) {
    due = addMonths(delayed, 24);
    basis += ` A certification of delay or an extension request was submitted on ${delayed} (statusModule.dispFirstSubmitDate): read as at most 2 years after it (42 CFR 11.44(b), (c), (e)); the registry's answer to an extension request may set another day.`;
  } else if (delayed) {
    basis += ` A certification or extension request was submitted on ${delayed}, after the standard due day, so it does not move it.`;
  }
  if (waived) {
    basis += ' The registry has waived results (statusModule.resultsWaived; 42 CFR 11.54).';
    return { kind: 'results', due, state: 'met', basis, pointer, metOn: null };
  }
  const submitted = dayAt(trial, 'statusModule', 'resultsFirstSubmitDate');
  if (submitted) {
    const late = daysBetween(due, submitted);
    basis += ` Results first submitted on ${submitted}${late > 0 ? `, ${late} day${late === 1 ? '' : 's'} late` : ''}.`;
    return { kind: 'results', due, state: 'met', basis, pointer, metOn: submitted };
  }
  basis += ' No results submission in the file (statusModule.resultsFirstSubmitDate).';
  return { kind: 'results', due, state: stateByDate(due, asOf), basis, pointer };
}

/** 42 CFR 11.64(a)(1)(i): while ongoing, update or verify the record at least every 12 months. */
function verification(trial: unknown, status: string, asOf: string): Deadline {
  const text = textAt(trial, 'statusModule', 'statusVerifiedDate');
  const verified = readDate(text);
  const rule =
    '42 CFR 11.64(a)(1)(i): verify the record at least every 12 months while the study is ongoing; the registry marks records not verified in that time';
  if (!text || !verified)
    return {
      kind: 'verification',
      due: null,
      state: 'unknown',
      basis: `Record Verification Date (statusModule.statusVerifiedDate) is not given, so the due day cannot be counted (${rule}).`,
      pointer: POINTERS.verified,
    };
  const due = addMonths(verified.day, 12);
  return {
    kind: 'verification',
    due,
    state: stateByDate(due, asOf),
    basis: `Record verified ${dateWords(text, verified, undefined)} + 12 months, the study being ${status} (${rule}).`,
    pointer: POINTERS.verified,
  };
}

/** Where a change came from, in words: the commit that made it, or the working tree. */
function changeWords(change: HistoryChange): string {
  return change.commit
    ? `in commit ${change.commit.slice(0, 12)} of ${change.date ?? 'an unknown day'}`
    : 'in the working tree (not committed yet)';
}

interface UpdateEvent {
  day: string;
  pointer: string;
  basis: string;
}

/** The latest change of the recruitment status: from the history when there is one, else from the file's dates. */
function statusEvent(
  trial: unknown,
  asOf: string,
  history: TrialHistory | undefined,
): UpdateEvent | undefined {
  const change = history?.statusChange;
  if (change) {
    const day = change.commit ? (isDay(change.date) ? change.date : undefined) : asOf;
    if (day) {
      const fromTo = `${change.from ? `from ${change.from} ` : ''}to ${change.to ?? textAt(trial, 'statusModule', 'overallStatus') ?? 'another status'}`;
      return {
        day,
        pointer: POINTERS.status,
        basis: `The recruitment status (overallStatus) changed ${fromTo} ${changeWords(change)}`,
      };
    }
  }
  const status = enteredStatus(trial);
  const seen = history ? 'The history shows no change of overallStatus since the file was added; it' : 'It';
  const fromDate = (struct: string, what: string): UpdateEvent | undefined => {
    const text = textAt(trial, 'statusModule', struct, 'date');
    const date = readDate(text);
    if (!text || !date || textAt(trial, 'statusModule', struct, 'type') !== 'ACTUAL') return undefined;
    return {
      day: date.day,
      pointer: POINTERS.status,
      basis: `${seen} is ${status} ${what} ${dateWords(text, date, 'ACTUAL')}`,
    };
  };
  if (status === 'RECRUITING' || status === 'ENROLLING_BY_INVITATION')
    return fromDate('startDateStruct', 'since the first participant was enrolled on the start date');
  if (status === 'COMPLETED' || status === 'TERMINATED')
    return fromDate('completionDateStruct', 'since the completion date');
  return undefined;
}

/** Reaching the actual primary completion date (the date in the file; the history says when it was recorded). */
function primaryCompletionEvent(trial: unknown, history: TrialHistory | undefined): UpdateEvent | undefined {
  if (textAt(trial, 'statusModule', 'primaryCompletionDateStruct', 'type') !== 'ACTUAL') return undefined;
  const text = textAt(trial, 'statusModule', 'primaryCompletionDateStruct', 'date');
  const date = readDate(text);
  const change = history?.primaryCompletionActual;
  const recorded = change ? `; made ACTUAL ${changeWords(change)}` : '';
  if (text && date)
    return {
      day: date.day,
      pointer: POINTERS.primaryCompletion,
      basis: `Primary completion date reached ${dateWords(text, date, 'ACTUAL')}${recorded}`,
    };
  if (change?.commit && isDay(change.date))
    return {
      day: change.date,
      pointer: POINTERS.primaryCompletion,
      basis: `Primary completion made ACTUAL ${changeWords(change)}, without a date`,
    };
  return undefined;
}

/**
 * 42 CFR 11.64(a)(1)(ii): update the record within 30 days of a change in overall recruitment status and of
 * reaching the actual primary completion date. Met when the registry's last update (lastUpdateSubmitDate) is on
 * or after the change.
 */
function statusUpdate(trial: unknown, event: UpdateEvent, asOf: string): Deadline {
  const due = addDays(event.day, 30);
  const rule = '42 CFR 11.64(a)(1)(ii): update the record within 30 days';
  let basis = `${event.basis}; + 30 days (${rule}).`;
  const updated = dayAt(trial, 'statusModule', 'lastUpdateSubmitDate');
  if (updated && updated >= event.day) {
    basis += ` The registry record was last updated on ${updated} (statusModule.lastUpdateSubmitDate).`;
    // The last update is known, not the first one after the change: on time for sure only when it is by the
    // due day; a later one may have followed an earlier update in time, so the day it was met is unknown.
    const metOn = updated <= due ? updated : null;
    return { kind: 'status-update', due, state: 'met', basis, pointer: event.pointer, metOn };
  }
  let state: DeadlineState = stateByDate(due, asOf);
  if (updated) basis += ` The registry record was last updated on ${updated}, before the change.`;
  else if (state === 'overdue') {
    state = 'unknown';
    basis +=
      ' The file does not show whether the registry was updated (no statusModule.lastUpdateSubmitDate; import the posted record to fill it in).';
  }
  return { kind: 'status-update', due, state, basis, pointer: event.pointer };
}

/** The deadlines of a reading that may not apply: said so, in front of the basis. */
function conditional(reading: ApplicabilityReading, deadline: Deadline): Deadline {
  return reading.applicability === 'unknown'
    ? { ...deadline, basis: `If this is an applicable clinical trial: ${deadline.basis}` }
    : deadline;
}

/**
 * The registry deadlines of a trial on the as-of day: registration (ACTs), results (ACTs and pACTs), yearly
 * verification and 30-day status updates (registered records, from the history when given). A draft whose
 * applicability is unknown gets the registration and results deadlines it would have as an ACT. Reads only the
 * data and the history passed in; never throws on any data. Throws a RangeError when `asOf` is not a day.
 */
export function computeDeadlines(trial: unknown, options: DeadlineOptions): TrialDeadlines {
  const { asOf, history } = options;
  if (!isDay(asOf))
    throw new RangeError(`asOf must be a day written yyyy-MM-dd, not ${JSON.stringify(asOf)}`);
  const reading = readApplicability(trial);
  const deadlines: Deadline[] = [];
  const { applicability } = reading;
  const answered = isPlainObject(trial);
  if (answered && (applicability === 'ACT' || applicability === 'unknown'))
    deadlines.push(conditional(reading, registration(trial, asOf)));
  if (answered && applicability !== 'not-covered') deadlines.push(conditional(reading, results(trial, asOf)));
  if (nctIdOf(trial) !== undefined) {
    const status = enteredStatus(trial);
    if (status && !ENDED_STATUSES.has(status)) deadlines.push(verification(trial, status, asOf));
    for (const event of [statusEvent(trial, asOf, history), primaryCompletionEvent(trial, history)])
      if (event) deadlines.push(statusUpdate(trial, event, asOf));
  }
  return { applicability, reasons: reading.reasons, asOf, deadlines };
}
