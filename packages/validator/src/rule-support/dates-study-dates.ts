import { readDate, type DateType, type Trial } from '@trialyaml/core';

/** The three study dates of `statusModule`, in the order they must follow. */
export const STUDY_DATE_KEYS = [
  'startDateStruct',
  'primaryCompletionDateStruct',
  'completionDateStruct',
] as const;

export type StudyDateKey = (typeof STUDY_DATE_KEYS)[number];

/** A study date as written, with its pointer (messages name it with registry-words' fieldName). */
export interface StudyDate {
  key: StudyDateKey;
  /** `/statusModule/startDateStruct`. */
  pointer: string;
  /** The date when it is a well-formed registry date (yyyy, yyyy-MM or yyyy-MM-dd), else undefined. */
  date: string | undefined;
  type: DateType | undefined;
}

/** A registry date: yyyy, yyyy-MM or yyyy-MM-dd with a real month and day number (the schema's pattern). */
const WELL_FORMED = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * The value when it is a well-formed registry date that exists; malformed dates and days that do not exist
 * (`2025-02-30`) are reported once, by the schema and date-exists, not again by every date rule.
 */
export function wellFormedDate(value: string | undefined): string | undefined {
  return value !== undefined && WELL_FORMED.test(value) && readDate(value) !== undefined ? value : undefined;
}

/** How precise a well-formed date is. */
export function datePrecision(value: string): 'year' | 'month' | 'day' {
  return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
}

/** The start, primary completion and completion dates that are present (a struct with a date or a type). */
export function studyDates(trial: Trial): StudyDate[] {
  return STUDY_DATE_KEYS.flatMap((key) => {
    const struct = trial.statusModule?.[key];
    if (!struct) return [];
    return [
      {
        key,
        pointer: `/statusModule/${key}`,
        date: wellFormedDate(struct.date),
        type: struct.type,
      },
    ];
  });
}
