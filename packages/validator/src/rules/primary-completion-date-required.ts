import { defineRule } from '../engine/rule.js';
import { COMPLETION_DATE_TYPE_BY_STATUS } from '../rule-support/dates-expected-type.js';
import { requireDateStruct } from '../rule-support/required-date-struct.js';
import { isClinicalStudy } from '../rule-support/study-type.js';

export default defineRule(
  {
    id: 'primary-completion-date-required',
    defaultSeverity: 'error',
    category: 'required',
    description: 'Require the primary completion date and whether it is actual or estimated',
    registry: 'error',
    source: 'REQ-PRIMARY-COMPLETION',
    fixable: false,
  },
  ({ trial, asOf, report }) => {
    if (!isClinicalStudy(trial)) return;
    const findings = requireDateStruct(
      trial,
      {
        key: 'primaryCompletionDateStruct',
        event: 'the last participant is (or is expected to be) examined for the primary outcomes',
        typeByStatus: COMPLETION_DATE_TYPE_BY_STATUS,
      },
      asOf,
    );
    findings.forEach(report);
  },
);
