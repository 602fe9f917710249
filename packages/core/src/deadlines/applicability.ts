import { readDate } from './calendar.js';
import { booleanAt, isTrialData, nctIdOf, stringsAt, textAt } from './read-fields.js';
import type { ApplicabilityReading } from './types.js';

/** The day 42 CFR Part 11 took effect; trials started on or after it are ACTs, ongoing older ones pACTs. */
export const FINAL_RULE_EFFECTIVE_DATE = '2017-01-18';

/** The phases TrialsTracker counts, written as the sorted phase codes joined with `+`. */
const COUNTED_PHASES = new Set(['PHASE1+PHASE2', 'PHASE2', 'PHASE2+PHASE3', 'PHASE3', 'PHASE4', 'NA']);

/** One criterion's answer: met, not met (with why), or not answered (with what is missing). */
type Answer = { outcome: 'pass' | 'fail' | 'unanswered'; reason: string };

const pass = (reason: string): Answer => ({ outcome: 'pass', reason });
const fail = (reason: string): Answer => ({ outcome: 'fail', reason });
const unanswered = (reason: string): Answer => ({ outcome: 'unanswered', reason });

function studyType(trial: unknown): Answer {
  const type = textAt(trial, 'designModule', 'studyType');
  if (type === undefined) return unanswered('designModule.studyType is not given.');
  if (type === 'INTERVENTIONAL')
    return pass('It is an interventional study (designModule.studyType: INTERVENTIONAL).');
  return fail(
    `It is not an interventional study (designModule.studyType: ${type}); only clinical trials can be ACTs.`,
  );
}

function fdaRegulated(trial: unknown): Answer {
  const drug = booleanAt(trial, 'oversightModule', 'isFdaRegulatedDrug');
  const device = booleanAt(trial, 'oversightModule', 'isFdaRegulatedDevice');
  if (drug === true || device === true) {
    const what =
      drug === true && device === true
        ? 'drug and device'
        : drug === true
          ? 'drug product'
          : 'device product';
    return pass(
      `It studies an FDA-regulated ${what} (oversightModule.${drug === true ? 'isFdaRegulatedDrug' : 'isFdaRegulatedDevice'}: true).`,
    );
  }
  if (drug === false && device === false)
    return fail(
      'It studies no FDA-regulated drug or device product (oversightModule.isFdaRegulatedDrug and isFdaRegulatedDevice are false).',
    );
  const missing = [
    drug === undefined ? 'isFdaRegulatedDrug' : '',
    device === undefined ? 'isFdaRegulatedDevice' : '',
  ]
    .filter(Boolean)
    .map((name) => `oversightModule.${name}`)
    .join(' and ');
  return unanswered(`${missing} ${missing.includes(' and ') ? 'are' : 'is'} not answered.`);
}

function phases(trial: unknown): Answer {
  const list = stringsAt(trial, 'designModule', 'phases')?.filter((phase) => phase !== '');
  if (!list?.length) return unanswered('designModule.phases is not given.');
  const key = [...new Set(list)].sort().join('+');
  if (COUNTED_PHASES.has(key)) return pass(`Its phase (${list.join(', ')}) is one that ACTs can have.`);
  if (key === 'PHASE1' || key === 'EARLY_PHASE1')
    return fail(`It is a phase 1 trial (designModule.phases: ${key}); phase 1 trials are not ACTs.`);
  return fail(`Its phases (${list.join(', ')}) are not a combination that ACTs can have.`);
}

function purpose(trial: unknown): Answer {
  const value = textAt(trial, 'designModule', 'designInfo', 'primaryPurpose');
  if (value === 'DEVICE_FEASIBILITY')
    return fail(
      'Its primary purpose is DEVICE_FEASIBILITY: small feasibility studies of devices are not ACTs.',
    );
  return pass(
    value === undefined
      ? 'Its primary purpose is not device feasibility.'
      : `Its primary purpose is ${value}, not device feasibility.`,
  );
}

function notWithdrawn(trial: unknown): Answer {
  if (textAt(trial, 'statusModule', 'overallStatus') === 'WITHDRAWN')
    return fail('It was withdrawn before enrolling anyone (statusModule.overallStatus: WITHDRAWN).');
  return pass('It is not withdrawn.');
}

/** The start and completion dates decide between ACT and pACT. */
function byDates(trial: unknown): Answer & { applicability?: 'ACT' | 'pACT' } {
  const startText = textAt(trial, 'statusModule', 'startDateStruct', 'date');
  const start = readDate(startText);
  if (!start) return unanswered('statusModule.startDateStruct.date is not given (or is not a date).');
  const startWords = `${startText}${start.precision === 'day' ? '' : ` (read as ${start.day})`}`;
  if (start.day >= FINAL_RULE_EFFECTIVE_DATE)
    return {
      ...pass(
        `It started ${startWords}, on or after ${FINAL_RULE_EFFECTIVE_DATE}, the day 42 CFR Part 11 took effect.`,
      ),
      applicability: 'ACT',
    };
  const primaryText = textAt(trial, 'statusModule', 'primaryCompletionDateStruct', 'date');
  const completionText = textAt(trial, 'statusModule', 'completionDateStruct', 'date');
  const [label, text] =
    readDate(primaryText) !== undefined
      ? ['primary completion', primaryText]
      : ['completion', completionText];
  const end = readDate(text);
  if (!end)
    return unanswered(
      `It started ${startWords}, before ${FINAL_RULE_EFFECTIVE_DATE}, and neither statusModule.primaryCompletionDateStruct.date nor completionDateStruct.date is given.`,
    );
  if (end.day >= FINAL_RULE_EFFECTIVE_DATE)
    return {
      ...pass(
        `It started ${startWords}, before ${FINAL_RULE_EFFECTIVE_DATE}, and its ${label} date ${text} is on or after it.`,
      ),
      applicability: 'pACT',
    };
  return fail(
    `It started ${startWords} and reached its ${label} date ${text}, both before ${FINAL_RULE_EFFECTIVE_DATE}.`,
  );
}

/**
 * Whether the trial is a probable applicable clinical trial, read from registry fields the way FDAAA
 * TrialsTracker reads registry records: interventional; an FDA-regulated drug or device; phase 1/2, 2, 2/3, 3,
 * 4 or N/A; not a device feasibility study; not withdrawn; started on or after 2017-01-18 (ACT), or before it
 * with the primary completion (else completion) date on or after it (pACT). A draft (no NCT number) that has not
 * answered a question the answer depends on is `unknown`; a registered record that does not answer it is read
 * as TrialsTracker reads it, `not-covered`. Never throws.
 */
export function readApplicability(trial: unknown): ApplicabilityReading {
  if (!isTrialData(trial))
    return { applicability: 'unknown', reasons: ['The file holds no trial data to read.'] };
  const draft = nctIdOf(trial) === undefined;
  const dates = byDates(trial);
  const answers = [
    studyType(trial),
    fdaRegulated(trial),
    phases(trial),
    purpose(trial),
    notWithdrawn(trial),
    dates,
  ];
  const failed = answers.filter((answer) => answer.outcome === 'fail');
  if (failed.length) return { applicability: 'not-covered', reasons: failed.map((answer) => answer.reason) };
  const open = answers.filter((answer) => answer.outcome === 'unanswered');
  if (open.length) {
    if (draft)
      return {
        applicability: 'unknown',
        reasons: open.map((answer) => `${answer.reason} The answer depends on it.`),
      };
    return {
      applicability: 'not-covered',
      reasons: open.map((answer) => `${answer.reason} TrialsTracker counts only records that answer it.`),
    };
  }
  return { applicability: dates.applicability ?? 'unknown', reasons: answers.map((answer) => answer.reason) };
}
