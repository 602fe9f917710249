import type { EnrollmentType, Status } from '@trialyaml/core';
import { defineRule } from '../engine/rule.js';

/** The enrollment type each status fixes. */
const EXPECTED: Partial<Record<Status, EnrollmentType>> = {
  COMPLETED: 'ACTUAL',
  TERMINATED: 'ACTUAL',
  NOT_YET_RECRUITING: 'ESTIMATED',
};

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
    if (!type || !expected || type === expected) return;
    const pointer = '/designModule/enrollmentInfo/type';
    report({
      pointer,
      message:
        expected === 'ACTUAL'
          ? `The study is ${status}, so enrollment is over: set designModule.enrollmentInfo.type to ACTUAL and give the number of participants actually enrolled in count.`
          : `The study is ${status}, so nobody is enrolled yet: set designModule.enrollmentInfo.type to ESTIMATED (count is the target enrollment).`,
      fix: [{ op: 'replace', pointer, value: expected }],
    });
  },
);
