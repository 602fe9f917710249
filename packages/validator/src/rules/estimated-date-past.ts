import { defineRule } from '../engine/rule.js';
import { studyDates } from '../rule-support/dates-study-dates.js';
import { comparePartialDates, monthOf } from '../rule-support/partial-date.js';
import { fieldLabelOf, fieldName, valueName } from '../rule-support/registry-words.js';
import { effectiveStatus } from '../rule-support/status-effective.js';

/** Statuses whose start date must be ACTUAL: start-date-type-matches-status reports an estimate there. */
const STARTED = ['RECRUITING', 'ENROLLING_BY_INVITATION', 'ACTIVE_NOT_RECRUITING', 'COMPLETED', 'TERMINATED'];

export default defineRule(
  {
    id: 'estimated-date-past',
    defaultSeverity: 'warning',
    category: 'status-dates',
    description: 'Disallow estimated study dates that lie before the current month',
    registry: 'warning',
    source: 'DAT-ESTIMATED-PAST',
    fixable: false,
  },
  ({ trial, asOf, report }) => {
    // A withdrawn study never started: its dates stay estimates for good. A record the registry already shows as
    // UNKNOWN gets one finding for its dates, from verified-date-stale, not one per estimate.
    if (effectiveStatus(trial) === 'WITHDRAWN' || trial.statusModule?.overallStatus === 'UNKNOWN') return;
    const status = trial.statusModule?.overallStatus ?? '';
    const month = monthOf(asOf);
    for (const { key, date, type, pointer } of studyDates(trial)) {
      if (type !== 'ESTIMATED' || !date || (comparePartialDates(date, month) ?? 0) >= 0) continue;
      // Already reported as a wrong type by the status rules (one problem, one message).
      if (
        key === 'startDateStruct'
          ? STARTED.includes(status)
          : status === 'COMPLETED' || status === 'TERMINATED'
      )
        continue;
      report({
        pointer: `${pointer}/date`,
        message: `${fieldName(`${pointer}/date`)} ${date} is an estimate, but that time has passed (today is ${asOf}): if the date was reached, give the actual date and set ${fieldLabelOf(`${pointer}/type`)} to ${valueName(`${pointer}/type`, 'ACTUAL')}, otherwise give a new estimate.`,
      });
    }
  },
);
