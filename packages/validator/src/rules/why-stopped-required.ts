import { defineRule } from '../engine/rule.js';
import { STOPPED_STATUSES, isOneOf } from '../rule-support/status.js';

export default defineRule(
  {
    id: 'why-stopped-required',
    defaultSeverity: 'error',
    category: 'status-dates',
    description: 'Require a reason when a study is suspended, terminated or withdrawn',
    registry: 'error',
    source: 'STA-WHY-STOPPED',
    fixable: false,
  },
  ({ trial, report }) => {
    const status = trial.statusModule?.overallStatus;
    if (!isOneOf(status, STOPPED_STATUSES) || trial.statusModule?.whyStopped?.trim()) return;
    report({
      pointer: '/statusModule/overallStatus',
      ...(trial.statusModule?.whyStopped === undefined ? { missing: ['/statusModule/whyStopped'] } : {}),
      message: `The study is ${status}: say why in statusModule.whyStopped (up to 250 characters).`,
    });
  },
);
