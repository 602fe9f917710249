import { defineRule } from '../engine/rule.js';
import { requireValue } from '../rule-support/presence.js';
import { isExpandedAccess } from '../rule-support/study-type.js';

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
      ? 'choose the availability of expanded access: AVAILABLE, TEMPORARILY_NOT_AVAILABLE, NO_LONGER_AVAILABLE or APPROVED_FOR_MARKETING'
      : 'choose the recruitment status, e.g. NOT_YET_RECRUITING, RECRUITING, ACTIVE_NOT_RECRUITING or COMPLETED';
    const finding = requireValue(trial, '/statusModule/overallStatus', choices);
    if (finding) report(finding);
  },
);
