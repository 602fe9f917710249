import { defineRule } from '../engine/rule.js';
import { fieldName, valueName } from '../rule-support/registry-words.js';
import { effectiveStatus } from '../rule-support/status-effective.js';

const OVERALL = '/statusModule/overallStatus';

export default defineRule(
  {
    id: 'enrollment-positive',
    defaultSeverity: 'warning',
    category: 'status-dates',
    description: 'Require an enrollment above 0 unless the study is withdrawn',
    registry: 'warning',
    source: 'ENR-POSITIVE',
    fixable: false,
  },
  ({ trial, report }) => {
    const status = effectiveStatus(trial);
    // Expanded-access records have no enrollment; a withdrawn study enrolled nobody.
    if (!status || status === 'WITHDRAWN' || trial.designModule?.studyType === 'EXPANDED_ACCESS') return;
    if (trial.designModule?.enrollmentInfo?.count !== 0) return;
    report({
      pointer: '/designModule/enrollmentInfo/count',
      message: `${fieldName('/designModule/enrollmentInfo/count')} is 0, but the study is ${valueName(OVERALL, status)}: give the ${status === 'COMPLETED' || status === 'TERMINATED' ? 'number of participants enrolled' : 'target or current enrollment'}, or set ${fieldName(OVERALL)} to ${valueName(OVERALL, 'WITHDRAWN')} if nobody was enrolled.`,
    });
  },
);
