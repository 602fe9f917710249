export { FINAL_RULE_EFFECTIVE_DATE, readApplicability } from './applicability.js';
export {
  addDays,
  addMonths,
  daysBetween,
  isDay,
  readDate,
  type DatePrecision,
  type ReadDate,
} from './calendar.js';
export { computeDeadlines, DUE_SOON_DAYS } from './deadlines.js';
export { APPLICABILITY_LABELS, describeDeadline, summarizeDeadlines } from './summary.js';
export type {
  Applicability,
  ApplicabilityReading,
  Deadline,
  DeadlineKind,
  DeadlineOptions,
  DeadlineState,
  HistoryChange,
  TrialDeadlines,
  TrialHistory,
} from './types.js';
