import { defineRule } from '../engine/rule.js';
import { fieldName, valueName } from '../rule-support/registry-words.js';

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
      message: `The study is ${valueName('/statusModule/overallStatus', 'ACTIVE_NOT_RECRUITING')}, so enrollment is over: give the number of participants actually enrolled in ${fieldName('/designModule/enrollmentInfo/count')} and set ${fieldName(pointer)} to ${valueName(pointer, 'ACTUAL')}.`,
      // Not applied by --fix: the count is most likely still the estimate and needs updating too.
      suggestions: [{ title: 'Change to ACTUAL', fix: [{ op: 'replace', pointer, value: 'ACTUAL' }] }],
    });
  },
);
