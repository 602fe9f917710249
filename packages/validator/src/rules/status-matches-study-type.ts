import { defineRule } from '../engine/rule.js';
import {
  ENTERABLE_STATUSES,
  EXPANDED_ACCESS_STATUSES,
  isOneOf,
  statusList,
  statusWords,
} from '../rule-support/status.js';
import { STUDY_TYPE_POINTER } from '../rule-support/study-type.js';
import { fieldLabelOf, fieldName, valueName } from '../rule-support/registry-words.js';

export default defineRule(
  {
    id: 'status-matches-study-type',
    defaultSeverity: 'error',
    category: 'status-dates',
    description:
      'Require expanded-access statuses for expanded-access records and study statuses for other studies',
    registry: 'error',
    source: 'STA-EA-STATUS',
    fixable: false,
  },
  ({ trial, report }) => {
    const studyType = trial.designModule?.studyType;
    const status = trial.statusModule?.overallStatus;
    if (!studyType || !status) return;
    const pointer = '/statusModule/overallStatus';
    if (studyType === 'EXPANDED_ACCESS' && isOneOf(status, ENTERABLE_STATUSES)) {
      report({
        pointer,
        message: `${statusWords(status)} is a status of interventional and observational studies, but ${fieldName(STUDY_TYPE_POINTER)} is ${valueName(STUDY_TYPE_POINTER, studyType)}; use ${statusList(EXPANDED_ACCESS_STATUSES)} (or correct the ${fieldLabelOf(STUDY_TYPE_POINTER)}).`,
      });
    } else if (studyType !== 'EXPANDED_ACCESS' && isOneOf(status, EXPANDED_ACCESS_STATUSES)) {
      report({
        pointer,
        message: `${statusWords(status)} is an expanded-access status, but ${fieldName(STUDY_TYPE_POINTER)} is ${valueName(STUDY_TYPE_POINTER, studyType)}; use a study status such as ${statusList(['RECRUITING', 'ACTIVE_NOT_RECRUITING', 'COMPLETED'])} (or correct the ${fieldLabelOf(STUDY_TYPE_POINTER)}).`,
      });
    }
  },
);
