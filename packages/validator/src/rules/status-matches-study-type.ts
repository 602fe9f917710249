import { defineRule } from '../engine/rule.js';
import { ENTERABLE_STATUSES, EXPANDED_ACCESS_STATUSES, isOneOf } from '../rule-support/status.js';

export default defineRule(
  {
    id: 'status-matches-study-type',
    defaultSeverity: 'error',
    category: 'status-dates',
    description:
      'Require expanded-access statuses for expanded-access records and study statuses for other studies',
    registry: 'error',
    source: 'STA-EA-STATUS',
    fixable: false,
  },
  ({ trial, report }) => {
    const studyType = trial.designModule?.studyType;
    const status = trial.statusModule?.overallStatus;
    if (!studyType || !status) return;
    const pointer = '/statusModule/overallStatus';
    if (studyType === 'EXPANDED_ACCESS' && isOneOf(status, ENTERABLE_STATUSES)) {
      report({
        pointer,
        message: `"${status}" is a status of interventional and observational studies, but designModule.studyType is EXPANDED_ACCESS; use ${EXPANDED_ACCESS_STATUSES.slice(0, -1).join(', ')} or ${EXPANDED_ACCESS_STATUSES.at(-1) ?? ''} (or correct the study type).`,
      });
    } else if (studyType !== 'EXPANDED_ACCESS' && isOneOf(status, EXPANDED_ACCESS_STATUSES)) {
      report({
        pointer,
        message: `"${status}" is an expanded-access status, but designModule.studyType is ${studyType}; use a study status such as RECRUITING, ACTIVE_NOT_RECRUITING or COMPLETED (or correct the study type).`,
      });
    }
  },
);
