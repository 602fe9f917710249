import { defineRule } from '../engine/rule.js';
import { requireDateStruct } from '../rule-support/required-date-struct.js';
import { isClinicalStudy } from '../rule-support/study-type.js';

export default defineRule(
  {
    id: 'completion-date-required',
    defaultSeverity: 'error',
    category: 'required',
    description: 'Require the study completion date and whether it is actual or estimated',
    registry: 'error',
    source: 'REQ-COMPLETION',
    fixable: false,
    since: '2017-01-18',
  },
  ({ trial, asOf, report }) => {
    if (!isClinicalStudy(trial)) return;
    const findings = requireDateStruct(
      trial,
      {
        key: 'completionDateStruct',
        event: "the last participant's last visit takes (or is expected to take) place",
        typeByStatus: {
          NOT_YET_RECRUITING: 'ESTIMATED',
          RECRUITING: 'ESTIMATED',
          ENROLLING_BY_INVITATION: 'ESTIMATED',
          COMPLETED: 'ACTUAL',
          TERMINATED: 'ACTUAL',
        },
      },
      asOf,
    );
    findings.forEach(report);
  },
);
