import { defineRule } from '../engine/rule.js';
import { START_DATE_TYPE_BY_STATUS as EXPECTED } from '../rule-support/dates-expected-type.js';
import { fieldName, valueName } from '../rule-support/registry-words.js';
import { statusWords } from '../rule-support/status.js';

const TYPE = '/statusModule/startDateStruct/type';

export default defineRule(
  {
    id: 'start-date-type-matches-status',
    defaultSeverity: 'error',
    category: 'status-dates',
    description: 'Require an actual start date once participants are enrolled and an estimated one before',
    registry: 'error',
    source: 'DAT-START-TYPE',
    fixable: false,
  },
  ({ trial, report }) => {
    const status = trial.statusModule?.overallStatus;
    const type = trial.statusModule?.startDateStruct?.type;
    const expected = status ? EXPECTED[status] : undefined;
    if (!status || !type || !expected || type === expected) return;
    const why =
      status === 'NOT_YET_RECRUITING'
        ? 'nobody is enrolled yet, so the start date is an estimate'
        : status === 'WITHDRAWN'
          ? 'the study stopped before enrolling anyone, so the start date never happened'
          : 'the start date is the day the first participant enrolled, which has happened';
    report({
      pointer: TYPE,
      message: `The study is ${statusWords(status)}: ${why}; set ${fieldName(TYPE)} to ${valueName(TYPE, expected)}${expected === 'ACTUAL' ? ' and give the actual date' : ''}.`,
    });
  },
);
