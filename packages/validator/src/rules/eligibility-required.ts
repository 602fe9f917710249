import { defineRule } from '../engine/rule.js';
import { isBlank, missingAt, wordList } from '../rule-support/presence.js';
import { fieldLabelOf, fieldName, valueName } from '../rule-support/registry-words.js';
import { isInterventional } from '../rule-support/study-type.js';

const ELIGIBILITY = '/eligibilityModule';

export default defineRule(
  {
    id: 'eligibility-required',
    defaultSeverity: 'error',
    category: 'eligibility',
    description:
      'Require eligibility criteria, the sexes eligible and, in interventional studies, whether healthy volunteers are accepted',
    registry: 'error',
    source: 'REQ-ELIGIBILITY',
    fixable: false,
  },
  ({ trial, report }) => {
    const eligibility = trial.eligibilityModule;
    if (!eligibility) {
      const fields = isInterventional(trial)
        ? ['eligibilityCriteria', 'sex', 'healthyVolunteers']
        : ['eligibilityCriteria', 'sex'];
      report({
        pointer: '',
        missing: fields.map((field) => `${ELIGIBILITY}/${field}`),
        message: `The file has no ${fieldLabelOf(ELIGIBILITY)} section (eligibilityModule): add one with ${wordList(
          fields.map((field) => `${fieldLabelOf(`${ELIGIBILITY}/${field}`)} (${field})`),
        )}.`,
      });
      return;
    }
    if (isBlank(eligibility.eligibilityCriteria)) {
      report({
        ...missingAt(trial, `${ELIGIBILITY}/eligibilityCriteria`),
        message: `${fieldName(`${ELIGIBILITY}/eligibilityCriteria`)} is missing: list who may take part, under "Inclusion Criteria:" and "Exclusion Criteria:".`,
      });
    }
    if (eligibility.sex === undefined) {
      report({
        ...missingAt(trial, `${ELIGIBILITY}/sex`),
        message: `${fieldName(`${ELIGIBILITY}/sex`)} is missing: set it to ${wordList(
          (['ALL', 'FEMALE', 'MALE'] as const).map((code) => valueName(`${ELIGIBILITY}/sex`, code)),
          'or',
        )} (the sexes that may take part).`,
      });
    }
    if (isInterventional(trial) && eligibility.healthyVolunteers === undefined) {
      report({
        ...missingAt(trial, `${ELIGIBILITY}/healthyVolunteers`),
        message: `${fieldName(`${ELIGIBILITY}/healthyVolunteers`)} is missing: an interventional study must say whether it accepts healthy volunteers (true or false).`,
      });
    }
  },
);
