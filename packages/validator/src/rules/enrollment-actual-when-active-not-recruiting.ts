import { defineRule } from '../engine/rule.js';

export default defineRule(
  {
    id: 'enrollment-actual-when-active-not-recruiting',
    defaultSeverity: 'warning',
    category: 'status-dates',
    description: 'Require an actual enrollment once a study is active but no longer recruiting',
    registry: 'warning',
    source: 'ENR-TYPE',
    fixable: false,
  },
  ({ trial, report }) => {
    if (trial.statusModule?.overallStatus !== 'ACTIVE_NOT_RECRUITING') return;
    if (trial.designModule?.enrollmentInfo?.type !== 'ESTIMATED') return;
    const pointer = '/designModule/enrollmentInfo/type';
    report({
      pointer,
      message:
        'The study is ACTIVE_NOT_RECRUITING, so enrollment is over: give the number of participants actually enrolled in designModule.enrollmentInfo.count and set its type to ACTUAL.',
      // Not applied by --fix: the count is most likely still the estimate and needs updating too.
      suggestions: [{ title: 'Change to ACTUAL', fix: [{ op: 'replace', pointer, value: 'ACTUAL' }] }],
    });
  },
);
