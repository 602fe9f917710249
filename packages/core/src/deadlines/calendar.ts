// Calendar arithmetic on days written yyyy-MM-dd, in UTC so that no time zone moves a deadline by a day.

/** A registry date: yyyy, yyyy-MM or yyyy-MM-dd, with a real month and day. */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** How precise a registry date is. */
export type DatePrecision = 'year' | 'month' | 'day';

/** A registry date read as the day deadlines count from. */
export interface ReadDate {
  /** yyyy-MM-dd: the day itself, or the last day of the month (or year) a coarser date names. */
  day: string;
  precision: DatePrecision;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function format(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads a registry date as a day. A month-only date means that month's last day and a year-only date the year's
 * last day (the latest day it can mean: a deadline counted from it is never earlier than the real one). Undefined
 * for anything that is not a real date (`2025-13`, `2025-02-30`, `soon`).
 */
export function readDate(value: unknown): ReadDate | undefined {
  if (typeof value !== 'string') return undefined;
  const match = PARTIAL_DATE.exec(value.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 12 : Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  const last = daysInMonth(year, month);
  const day = match[3] === undefined ? last : Number(match[3]);
  if (day < 1 || day > last) return undefined;
  const precision: DatePrecision = match[3] !== undefined ? 'day' : match[2] !== undefined ? 'month' : 'year';
  return { day: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`, precision };
}

/** Whether `value` is a whole day, yyyy-MM-dd, that exists. */
export function isDay(value: unknown): value is string {
  return typeof value === 'string' && readDate(value)?.precision === 'day' && value.length === 10;
}

/** The day `days` days after `day` (before, when negative). */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return format(new Date(Date.UTC(year, month - 1, date + days)));
}

/**
 * The same day `months` months later, clamped to the target month's length: 2024-01-31 + 1 month is 2024-02-29,
 * and 2024-02-29 + 12 months is 2025-02-28.
 */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = daysInMonth(first.getUTCFullYear(), first.getUTCMonth() + 1);
  first.setUTCDate(Math.min(date, last));
  return format(first);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = from.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}
