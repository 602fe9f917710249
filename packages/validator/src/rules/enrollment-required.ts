import { defineRule } from '../engine/rule.js';
import { missingAt } from '../rule-support/presence.js';
import { fieldName, valueName } from '../rule-support/registry-words.js';
import { isClinicalStudy } from '../rule-support/study-type.js';

const ENROLLMENT = '/designModule/enrollmentInfo';
const TYPE = `${ENROLLMENT}/type`;

export default defineRule(
  {
    id: 'enrollment-required',
    defaultSeverity: 'error',
    category: 'required',
    description: 'Require the enrollment count and type of an interventional or observational study',
    registry: 'error',
    source: 'REQ-ENROLLMENT',
    fixable: false,
  },
  ({ trial, report }) => {
    if (!isClinicalStudy(trial)) return;
    const enrollment = trial.designModule?.enrollmentInfo;
    if (!enrollment) {
      report({
        ...missingAt(trial, ENROLLMENT),
        message: `${fieldName(ENROLLMENT)} is missing: give the number of participants in count and, in type, ${valueName(TYPE, 'ESTIMATED')} while enrollment is open or ${valueName(TYPE, 'ACTUAL')} once it has closed.`,
      });
      return;
    }
    if (enrollment.count === undefined) {
      report({
        ...missingAt(trial, `${ENROLLMENT}/count`),
        message: `${fieldName(`${ENROLLMENT}/count`)} is missing: give the number of participants as a whole number (the target while enrollment is open, the actual number once it has closed).`,
      });
    } else if (enrollment.count < 0) {
      report({
        pointer: `${ENROLLMENT}/count`,
        message: `${fieldName(`${ENROLLMENT}/count`)} is ${enrollment.count}: give the number of participants, 0 or more.`,
      });
    }
    if (enrollment.type === undefined) {
      report({
        ...missingAt(trial, `${ENROLLMENT}/type`),
        message: `${fieldName(TYPE)} is missing: ${valueName(TYPE, 'ESTIMATED')} while enrollment is open, ${valueName(TYPE, 'ACTUAL')} once it has closed.`,
      });
    }
  },
);
