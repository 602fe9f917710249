import { defineRule } from '../engine/rule.js';
import { effectiveStatus } from '../rule-support/status-effective.js';
import {
  OVERALL_STATUS,
  STOPPED_STATUSES,
  isOneOf,
  statusList,
  statusWords,
} from '../rule-support/status.js';
import { fieldName } from '../rule-support/registry-words.js';

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
      trial.statusModule.overallStatus === 'UNKNOWN'
        ? `this one's ${fieldName('/statusModule/lastKnownStatus')} is ${statusWords(status)}`
        : `this one is ${statusWords(status)}`;
    report({
      pointer: '/statusModule/whyStopped',
      message: `${fieldName('/statusModule/whyStopped')} is only for a study that is ${statusList(STOPPED_STATUSES)}, but ${shown}; remove whyStopped, or correct ${fieldName(OVERALL_STATUS)}.`,
    });
  },
);
