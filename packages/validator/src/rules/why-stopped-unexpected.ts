import { defineRule } from '../engine/rule.js';
import { effectiveStatus } from '../rule-support/status-effective.js';
import { STOPPED_STATUSES, isOneOf } from '../rule-support/status.js';

export default defineRule(
  {
    id: 'why-stopped-unexpected',
    defaultSeverity: 'warning',
    category: 'status-dates',
    description: 'Disallow a reason for stopping when the study is not suspended, terminated or withdrawn',
    registry: 'warning',
    source: 'STA-WHY-STOPPED-EXTRA',
    fixable: false,
  },
  ({ trial, report }) => {
    if (!trial.statusModule?.whyStopped?.trim()) return;
    // Imported records with UNKNOWN status: judge by the status the registrant last entered.
    const status: string | undefined = effectiveStatus(trial);
    if (status === undefined || isOneOf(status, STOPPED_STATUSES)) return;
    const shown =
      trial.statusModule.overallStatus === 'UNKNOWN' ? `${status} (statusModule.lastKnownStatus)` : status;
    report({
      pointer: '/statusModule/whyStopped',
      message: `statusModule.whyStopped is only for a study that is SUSPENDED, TERMINATED or WITHDRAWN, but this one is ${shown}; remove whyStopped, or correct statusModule.overallStatus.`,
    });
  },
);
