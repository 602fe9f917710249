import type { DateType, PartialDateStruct, Status, Trial } from '@trialyaml/core';
import type { RuleReport } from '../engine/rule.js';
import { comparePartialDates } from './partial-date.js';
import { hasText, isMissing, missingAt } from './presence.js';
import { fieldName, valueName } from './registry-words.js';

/** One of the three study dates of statusModule. */
export interface DateStructSpec {
  /** The key in statusModule, e.g. `startDateStruct`. */
  key: 'startDateStruct' | 'primaryCompletionDateStruct' | 'completionDateStruct';
  /** What the date is, completing "the date ...": e.g. "the first participant is enrolled". */
  event: string;
  /** The date type that the overall status implies, for statuses where it is clear. */
  typeByStatus: Partial<Record<Status, DateType>>;
}

/**
 * The findings for a required `{ date, type }` date of statusModule: the whole struct, its date or its type
 * missing. A missing type gets a suggestion when the overall status makes the answer clear (not a fix: the
 * status may itself be out of date).
 */
export function requireDateStruct(trial: Trial, spec: DateStructSpec, asOf: string): RuleReport[] {
  const pointer = `/statusModule/${spec.key}`;
  const typePointer = `${pointer}/type`;
  const actualOrEstimated = `${valueName(typePointer, 'ACTUAL')} or ${valueName(typePointer, 'ESTIMATED')}`;
  const struct: PartialDateStruct | null | undefined = trial.statusModule?.[spec.key];
  if (struct === null) return []; // written without a value: the schema reports it
  if (struct === undefined) {
    return [
      {
        ...missingAt(trial, pointer),
        message: `${fieldName(pointer)} is missing: add the date ${spec.event} as date (yyyy-MM-dd) and whether it is ${actualOrEstimated} as type.`,
      },
    ];
  }
  const dateMissing = isMissing(struct.date);
  const typeMissing = struct.type === undefined;
  if (dateMissing && typeMissing) {
    return [
      {
        pointer,
        target: 'key',
        message: `${fieldName(pointer)} has no date and no type: add the date ${spec.event} (yyyy-MM-dd) and whether it is ${actualOrEstimated}.`,
      },
    ];
  }
  if (dateMissing) {
    return [
      {
        ...missingAt(trial, `${pointer}/date`),
        message: `${fieldName(`${pointer}/date`)} is ${struct.date === undefined ? 'missing' : 'blank'}: add the date ${spec.event} (yyyy-MM-dd).`,
      },
    ];
  }
  if (!typeMissing) return [];
  const guess = suggestedType(trial, spec, asOf);
  return [
    {
      pointer,
      target: 'key',
      message: `${fieldName(typePointer)} is missing: say whether the date has happened, ${valueName(typePointer, 'ACTUAL')}, or is expected, ${valueName(typePointer, 'ESTIMATED')}.`,
      ...(guess
        ? {
            suggestions: [
              {
                title: `Add type: ${guess} (the status is ${trial.statusModule?.overallStatus ?? ''})`,
                fix: [{ op: 'add-key' as const, pointer, key: 'type', value: guess }],
              },
            ],
          }
        : {}),
    },
  ];
}

/** The type the overall status implies, unless the date contradicts it (an actual date cannot be in the future). */
function suggestedType(trial: Trial, spec: DateStructSpec, asOf: string): DateType | undefined {
  const status = trial.statusModule?.overallStatus;
  const date = trial.statusModule?.[spec.key]?.date;
  const type = status ? spec.typeByStatus[status] : undefined;
  if (type !== 'ACTUAL' || !hasText(date)) return type;
  const order = comparePartialDates(date, asOf);
  return order !== undefined && order > 0 ? undefined : type;
}
