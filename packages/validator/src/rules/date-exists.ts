import { defineRule } from '../engine/rule.js';
import { writtenDates, type DateField } from '../rule-support/date-fields.js';
import { fieldName } from '../rule-support/registry-words.js';
import {
  calendarProblem,
  isoDate,
  readDateSpelling,
  spokenDate,
  type CalendarDate,
} from '../rule-support/date-spellings.js';

/** The registry's shape of a date, before checking that the month and day exist. */
const ISO_SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const FORMS: Readonly<Record<DateField['precision'], string>> = {
  partial: 'yyyy-MM-dd, yyyy-MM or yyyy (e.g. 2024-03-15 or 2024-03)',
  full: 'yyyy-MM-dd (e.g. 2024-03-15)',
};

/** What is wrong with a date value and, when there is one reading of it, the registry's form of it. */
interface Diagnosis {
  problem: string;
  fixed?: string;
}

function diagnose(value: string, precision: DateField['precision']): Diagnosis | undefined {
  const form = FORMS[precision];
  const shape = ISO_SHAPE.exec(value);
  if (shape) {
    const date: CalendarDate = {
      year: Number(shape[1]),
      ...(shape[2] === undefined ? {} : { month: Number(shape[2]) }),
      ...(shape[3] === undefined ? {} : { day: Number(shape[3]) }),
    };
    const problem = calendarProblem(date);
    if (problem) return { problem: `does not exist: ${problem}` };
    if (precision === 'full' && date.day === undefined)
      return { problem: `is not a full date: write the day too, as ${form}` };
    return undefined;
  }
  const reading = readDateSpelling(value);
  if (reading.kind === 'ambiguous') {
    const [dayFirst, monthFirst] = reading.dates;
    return {
      problem: `can be read as ${spokenDate(dayFirst)} or ${spokenDate(monthFirst)}: write the one meant as ${isoDate(dayFirst)} or ${isoDate(monthFirst)} (yyyy-MM-dd)`,
    };
  }
  if (reading.kind === 'none') return { problem: `is not a date: write it as ${form}` };
  const { date } = reading;
  const problem = calendarProblem(date);
  if (problem) {
    return date.month !== undefined && date.month >= 1 && date.month <= 12
      ? { problem: `would be ${spokenDate(date)}, which does not exist: ${problem}` }
      : { problem: `is not a date (${problem}): write it as ${form}` };
  }
  if (precision === 'full' && date.day === undefined)
    return { problem: `is not a full date: write the day too, as ${form}` };
  const fixed = isoDate(date);
  return { problem: `is not written as the registry writes dates: write ${fixed}`, fixed };
}

/** A value as the message shows it: quoted when it has spaces or punctuation of its own. */
function shown(value: string): string {
  return /^[\w\-/.]+$/.test(value) ? value : JSON.stringify(value);
}

export default defineRule(
  {
    id: 'date-exists',
    defaultSeverity: 'error',
    category: 'status-dates',
    description:
      'Require every date to be a day, month or year that exists, written yyyy-MM-dd, yyyy-MM or yyyy',
    registry: 'error',
    source: 'DAT-FORMAT',
    fixable: true,
  },
  ({ trial, report }) => {
    for (const { pointer, value, field } of writtenDates(trial)) {
      const diagnosis = diagnose(value, field.precision);
      if (!diagnosis) continue;
      const fix =
        diagnosis.fixed === undefined
          ? undefined
          : [{ op: 'replace' as const, pointer, value: diagnosis.fixed }];
      report({
        pointer,
        message: `${fieldName(pointer)} ${shown(value)} ${diagnosis.problem}.`,
        // The schema rejects most of these values for their pattern too; this finding says it better.
        supersedesSchemaPattern: true,
        // One reading only: safe for --fix. The suggestion names the quick fix ("Change to 2027-12-31").
        ...(fix ? { fix, suggestions: [{ title: `Change to ${diagnosis.fixed ?? ''}`, fix }] } : {}),
      });
    }
  },
);
