import { defineRule } from '../engine/rule.js';
import { fieldName, valueName } from '../rule-support/registry-words.js';
import { statusWords } from '../rule-support/status.js';

export default defineRule(
  {
    id: 'withdrawn-enrollment-zero',
    defaultSeverity: 'error',
    category: 'status-dates',
    description: 'Require an actual enrollment of 0 for a withdrawn study',
    registry: 'error',
    source: 'ENR-WITHDRAWN-ZERO',
    fixable: true,
  },
  ({ trial, report }) => {
    if (trial.statusModule?.overallStatus !== 'WITHDRAWN') return;
    const enrollment = trial.designModule?.enrollmentInfo;
    if (enrollment?.count !== undefined && enrollment.count !== 0) {
      const pointer = '/designModule/enrollmentInfo/count';
      report({
        pointer,
        message: `The study is ${statusWords('WITHDRAWN')}, so it stopped before enrolling anyone: set ${fieldName(pointer)} to 0 (not ${enrollment.count}).`,
        fix: [{ op: 'replace', pointer, value: 0 }],
      });
    }
    if (enrollment?.type === 'ESTIMATED') {
      const pointer = '/designModule/enrollmentInfo/type';
      report({
        pointer,
        message: `The study is ${statusWords('WITHDRAWN')}, so its enrollment of 0 is a fact, not an estimate: set ${fieldName(pointer)} to ${valueName(pointer, 'ACTUAL')}.`,
        fix: [{ op: 'replace', pointer, value: 'ACTUAL' }],
      });
    }
  },
);
