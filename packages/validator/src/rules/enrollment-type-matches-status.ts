import type { EnrollmentType, Status } from '@trialyaml/core';
import { defineRule } from '../engine/rule.js';
import { fieldName, valueName } from '../rule-support/registry-words.js';

/** The enrollment type each status fixes. */
const EXPECTED: Partial<Record<Status, EnrollmentType>> = {
  COMPLETED: 'ACTUAL',
  TERMINATED: 'ACTUAL',
  NOT_YET_RECRUITING: 'ESTIMATED',
};

const OVERALL = '/statusModule/overallStatus';

export default defineRule(
  {
    id: 'enrollment-type-matches-status',
    defaultSeverity: 'error',
    category: 'status-dates',
    description:
      'Require an actual enrollment for completed or terminated studies and an estimated one before recruitment',
    registry: 'error',
    source: 'ENR-TYPE',
    fixable: true,
  },
  ({ trial, report }) => {
    const status = trial.statusModule?.overallStatus;
    const type = trial.designModule?.enrollmentInfo?.type;
    const expected = status ? EXPECTED[status] : undefined;
    if (!status || !type || !expected || type === expected) return;
    const pointer = '/designModule/enrollmentInfo/type';
    report({
      pointer,
      message:
        expected === 'ACTUAL'
          ? `The study is ${valueName(OVERALL, status)}, so enrollment is over: set ${fieldName(pointer)} to ${valueName(pointer, 'ACTUAL')} and give the number of participants actually enrolled in count.`
          : `The study is ${valueName(OVERALL, status)}, so nobody is enrolled yet: set ${fieldName(pointer)} to ${valueName(pointer, 'ESTIMATED')}, with the target enrollment in count.`,
      fix: [{ op: 'replace', pointer, value: expected }],
    });
  },
);
