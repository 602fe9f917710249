import { defineRule } from '../engine/rule.js';
import { COMPLETION_DATE_TYPE_BY_STATUS } from '../rule-support/dates-expected-type.js';
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
        typeByStatus: COMPLETION_DATE_TYPE_BY_STATUS,
      },
      asOf,
    );
    findings.forEach(report);
  },
);
