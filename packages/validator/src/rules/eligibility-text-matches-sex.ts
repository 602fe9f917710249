import { defineRule } from '../engine/rule.js';
import { fieldLabelOf, fieldName, valueName } from '../rule-support/registry-words.js';
import { statedSex } from '../rule-support/eligibility-sex-statements.js';

const PEOPLE = { FEMALE: 'women', MALE: 'men' } as const;
const CRITERIA = '/eligibilityModule/eligibilityCriteria';

export default defineRule(
  {
    id: 'eligibility-text-matches-sex',
    defaultSeverity: 'warning',
    category: 'eligibility',
    description: 'Require eligibilityModule.sex to match the sex the eligibility criteria admit',
    registry: 'review-major',
    source: 'TrialYAML',
    fixable: false,
  },
  ({ trial, report }) => {
    const sex = trial.eligibilityModule?.sex;
    const criteria = trial.eligibilityModule?.eligibilityCriteria;
    if (!sex || !criteria?.trim()) return;
    const pointer = '/eligibilityModule/sex';
    const { restrictsTo, admits } = statedSex(criteria);
    if (restrictsTo && restrictsTo.sex !== sex) {
      report({
        pointer,
        message: `${fieldName(CRITERIA)} admits only ${PEOPLE[restrictsTo.sex]} ("${restrictsTo.quote}"), but ${fieldName(pointer)} is ${valueName(pointer, sex)}: set ${fieldLabelOf(pointer)} to ${valueName(pointer, restrictsTo.sex)}, or correct the criteria text.`,
      });
      return;
    }
    // A study limited to one sex whose criteria admit the other.
    const other = sex === 'FEMALE' ? 'MALE' : sex === 'MALE' ? 'FEMALE' : undefined;
    const quote = other ? admits[other] : undefined;
    if (!other || !quote) return;
    report({
      pointer,
      message: `${fieldName(pointer)} is ${valueName(pointer, sex)}, but ${fieldName(CRITERIA)} admits ${PEOPLE[other]} ("${quote}"): set ${fieldLabelOf(pointer)} to ${valueName(pointer, 'ALL')}, or correct the criteria text.`,
    });
  },
);
