import { defineRule } from '../engine/rule.js';
import { START_DATE_TYPE_BY_STATUS } from '../rule-support/dates-expected-type.js';
import { requireDateStruct } from '../rule-support/required-date-struct.js';
import { isClinicalStudy } from '../rule-support/study-type.js';

export default defineRule(
  {
    id: 'start-date-required',
    defaultSeverity: 'error',
    category: 'required',
    description: 'Require the study start date and whether it is actual or estimated',
    registry: 'error',
    source: 'REQ-START-DATE',
    fixable: false,
    // The registry has asked for the start date's type (actual or anticipated) only since 2017-01-18; older
    // records carry a bare date, so a missing type on them is downgraded to info.
    since: '2017-01-18',
  },
  ({ trial, asOf, report }) => {
    if (!isClinicalStudy(trial)) return;
    const findings = requireDateStruct(
      trial,
      {
        key: 'startDateStruct',
        event: 'the first participant is (or is expected to be) enrolled',
        typeByStatus: START_DATE_TYPE_BY_STATUS,
      },
      asOf,
    );
    findings.forEach(report);
  },
);
