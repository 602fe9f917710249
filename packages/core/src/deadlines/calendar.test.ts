import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, isDay, readDate } from './calendar.js';

describe('readDate: a registry date as the day deadlines count from', () => {
  it.each([
    ['2026-03-14', { day: '2026-03-14', precision: 'day' }],
    // A month-only date means that month's last day, leap years included.
    ['2026-04', { day: '2026-04-30', precision: 'month' }],
    ['2024-02', { day: '2024-02-29', precision: 'month' }],
    ['2023-02', { day: '2023-02-28', precision: 'month' }],
    ['1900-02', { day: '1900-02-28', precision: 'month' }],
    ['2000-02', { day: '2000-02-29', precision: 'month' }],
    ['2026', { day: '2026-12-31', precision: 'year' }],
    [' 2026-01-05 ', { day: '2026-01-05', precision: 'day' }],
  ])('%j → %j', (text, expected) => {
    expect(readDate(text)).toEqual(expected);
  });

  it.each([
    ['2026-13'],
    ['2026-00'],
    ['2025-02-29'],
    ['2026-04-31'],
    ['2026-4-1'],
    ['soon'],
    [''],
    [2026],
    [null],
  ])('%j is not a date', (value) => {
    expect(readDate(value)).toBeUndefined();
  });

  it('isDay accepts whole days only', () => {
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2024-02')).toBe(false);
    expect(isDay('2023-02-29')).toBe(false);
    expect(isDay(undefined)).toBe(false);
  });
});

describe('calendar arithmetic', () => {
  it.each([
    ['2026-03-01', 21, '2026-03-22'],
    ['2024-02-08', 21, '2024-02-29'],
    ['2023-02-08', 21, '2023-03-01'],
    ['2026-12-20', 30, '2027-01-19'],
    ['2026-03-08', 1, '2026-03-09'], // no daylight-saving shift in UTC
    ['2026-01-01', -1, '2025-12-31'],
  ])('%s + %i days = %s', (day, days, expected) => {
    expect(addDays(day, days)).toBe(expected);
    expect(daysBetween(day, expected)).toBe(days);
  });

  it.each([
    // 29 February + 1 year is 28 February.
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-28', 12, '2025-02-28'],
    ['2023-02-28', 12, '2024-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-11-30', 12, '2026-11-30'],
    ['2025-03-31', 24, '2027-03-31'],
    ['2026-08-31', -6, '2026-02-28'],
  ])('%s + %i months = %s', (day, months, expected) => {
    expect(addMonths(day, months)).toBe(expected);
  });
});
