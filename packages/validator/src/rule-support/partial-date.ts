/** A registry date: yyyy, yyyy-MM or yyyy-MM-dd. */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface PartialDate {
  year: number;
  month: number | undefined;
  day: number | undefined;
}

export function parsePartialDate(value: string | undefined): PartialDate | undefined {
  const match = value ? PARTIAL_DATE.exec(value) : null;
  if (!match) return undefined;
  return {
    year: Number(match[1]),
    month: match[2] ? Number(match[2]) : undefined,
    day: match[3] ? Number(match[3]) : undefined,
  };
}

/**
 * Compares two dates at the coarser precision of the two (2024-03 and 2024-03-15 are equal): negative when a
 * is earlier, 0 when they cannot be told apart, positive when later. Undefined when either is not a date.
 */
export function comparePartialDates(a: string | undefined, b: string | undefined): number | undefined {
  const x = parsePartialDate(a);
  const y = parsePartialDate(b);
  if (!x || !y) return undefined;
  if (x.year !== y.year) return x.year - y.year;
  if (x.month === undefined || y.month === undefined) return 0;
  if (x.month !== y.month) return x.month - y.month;
  if (x.day === undefined || y.day === undefined) return 0;
  return x.day - y.day;
}

/** yyyy-MM of a yyyy-MM-dd day. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** The same day `months` months earlier (clamped to the month's length), as yyyy-MM-dd. */
export function monthsBefore(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return target.toISOString().slice(0, 10);
}
