import { defineRule } from '../engine/rule.js';
import { STOPPED_STATUSES, isOneOf, statusWords } from '../rule-support/status.js';
import { fieldName } from '../rule-support/registry-words.js';

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
      message: `The study is ${statusWords(status)}: say why in ${fieldName('/statusModule/whyStopped')}, in up to 250 characters.`,
    });
  },
);
