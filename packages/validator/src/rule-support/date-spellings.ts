/** A calendar date as read from text: a year, and a month and day when given. */
export interface CalendarDate {
  year: number;
  month?: number;
  day?: number;
}

/** What a date written another way says: one reading, two (day and month could be swapped), or none. */
export type SpellingReading =
  | { kind: 'one'; date: CalendarDate }
  | { kind: 'ambiguous'; dates: readonly [CalendarDate, CalendarDate] }
  | { kind: 'none' };

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The month a name or abbreviation stands for (`Dec`, `Dec.`, `december`, `Sept`), 1-based. */
function monthOfName(word: string): number | undefined {
  const name = word.toLowerCase().replace(/\.$/, '');
  if (name.length < 3) return undefined;
  if (name === 'sept') return 9;
  const index = MONTH_NAMES.findIndex((month) => month.toLowerCase().startsWith(name));
  return index === -1 ? undefined : index + 1;
}

const ORDINAL = '(?:st|nd|rd|th)?';
/** 2027/12/31, 2027.12.31, 2027-1-5, 2027/12: year first, the same separator throughout. */
const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})(?:\2(\d{1,2}))?$/;
/** 31/12/2027, 12/31/2027, 31.12.2027, 31-12-2027: day and month in either order, year last. */
const YEAR_LAST = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/;
/** 12/2027, 12.2027. */
const MONTH_YEAR = /^(\d{1,2})[-/.](\d{4})$/;
/** Dec 31, 2027; December 31st 2027; Dec. 31 2027. */
const NAME_DAY_YEAR = new RegExp(`^([a-z]+\\.?)[\\s-]+(\\d{1,2})${ORDINAL},?[\\s-]+(\\d{4})$`, 'i');
/** 31 Dec 2027; 31st December, 2027; 31-Dec-2027. */
const DAY_NAME_YEAR = new RegExp(`^(\\d{1,2})${ORDINAL}[\\s-]+([a-z]+\\.?),?[\\s-]+(\\d{4})$`, 'i');
/** December 2027; Dec. 2027; Dec-2027. */
const NAME_YEAR = /^([a-z]+\.?),?[\s-]+(\d{4})$/i;

/**
 * Reads a date written in one of the common ways other than the registry's (the forms people paste from
 * protocols and spreadsheets). Numbers with the year last are read day-first or month-first only when one of
 * them cannot be a month; `03/04/2027` has two readings. Whether the date exists is not checked here.
 */
export function readDateSpelling(text: string): SpellingReading {
  const value = text.trim().replace(/\s+/g, ' ');
  let match = YEAR_FIRST.exec(value);
  if (match) {
    const day = match[4] === undefined ? undefined : Number(match[4]);
    return one({ year: Number(match[1]), month: Number(match[3]), ...(day === undefined ? {} : { day }) });
  }
  match = YEAR_LAST.exec(value);
  if (match) {
    const [first, second, year] = [Number(match[1]), Number(match[3]), Number(match[4])];
    if (first === second || second > 12) return one({ year, month: first, day: second });
    if (first > 12) return one({ year, month: second, day: first });
    return {
      kind: 'ambiguous',
      dates: [
        { year, month: second, day: first },
        { year, month: first, day: second },
      ],
    };
  }
  match = MONTH_YEAR.exec(value);
  if (match) return one({ year: Number(match[2]), month: Number(match[1]) });
  match = NAME_DAY_YEAR.exec(value);
  if (match) return named(match[1] as string, Number(match[3]), Number(match[2]));
  match = DAY_NAME_YEAR.exec(value);
  if (match) return named(match[2] as string, Number(match[3]), Number(match[1]));
  match = NAME_YEAR.exec(value);
  if (match) return named(match[1] as string, Number(match[2]), undefined);
  return { kind: 'none' };
}

function one(date: CalendarDate): SpellingReading {
  return { kind: 'one', date };
}

function named(name: string, year: number, day: number | undefined): SpellingReading {
  const month = monthOfName(name);
  if (month === undefined) return { kind: 'none' };
  return one({ year, month, ...(day === undefined ? {} : { day }) });
}

/** The number of days of a month (1-based) in a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why a date is not on the calendar (`February 2025 has 28 days`), or undefined when it is. */
export function calendarProblem(date: CalendarDate): string | undefined {
  const { year, month, day } = date;
  if (month === undefined) return undefined;
  if (month < 1 || month > 12) return `there is no month ${String(month).padStart(2, '0')}`;
  if (day === undefined) return undefined;
  const last = daysInMonth(year, month);
  if (day >= 1 && day <= last) return undefined;
  if (day < 1) return 'there is no day 0';
  const leap = month === 2 && day === 29 ? ` (${year} is not a leap year)` : '';
  return `${MONTH_NAMES[month - 1] as string} ${year} has ${last} days${leap}`;
}

/** The registry's form of a date: yyyy, yyyy-MM or yyyy-MM-dd. */
export function isoDate(date: CalendarDate): string {
  const parts = [String(date.year).padStart(4, '0')];
  if (date.month !== undefined) parts.push(String(date.month).padStart(2, '0'));
  if (date.month !== undefined && date.day !== undefined) parts.push(String(date.day).padStart(2, '0'));
  return parts.join('-');
}

/** A date as a person reads it: `3 April 2027`, `April 2027`, `2027`. */
export function spokenDate(date: CalendarDate): string {
  const month = date.month === undefined ? undefined : MONTH_NAMES[date.month - 1];
  if (month === undefined) return String(date.year);
  return date.day === undefined ? `${month} ${date.year}` : `${date.day} ${month} ${date.year}`;
}
