import { defineRule } from '../engine/rule.js';
import { requireValue } from '../rule-support/presence.js';
import { isExpandedAccess } from '../rule-support/study-type.js';
import { OVERALL_STATUS, statusList } from '../rule-support/status.js';

export default defineRule(
  {
    id: 'overall-status-required',
    defaultSeverity: 'error',
    category: 'required',
    description: 'Require the overall recruitment status',
    registry: 'error',
    source: 'REQ-OVERALL-STATUS',
    fixable: false,
  },
  ({ trial, report }) => {
    const choices = isExpandedAccess(trial)
      ? `choose the availability of expanded access: ${statusList(['AVAILABLE', 'TEMPORARILY_NOT_AVAILABLE', 'NO_LONGER_AVAILABLE', 'APPROVED_FOR_MARKETING'])}`
      : `choose the recruitment status, e.g. ${statusList(['NOT_YET_RECRUITING', 'RECRUITING', 'ACTIVE_NOT_RECRUITING', 'COMPLETED'])}`;
    const finding = requireValue(trial, OVERALL_STATUS, choices);
    if (finding) report(finding);
  },
);
