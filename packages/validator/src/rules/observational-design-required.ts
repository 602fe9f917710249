import { getAtPointer } from '@trialyaml/core';
import { defineRule } from '../engine/rule.js';
import { isBlank, missingAt } from '../rule-support/presence.js';
import { isObservational, STUDY_TYPE_POINTER } from '../rule-support/study-type.js';
import { fieldName } from '../rule-support/registry-words.js';
import { valueChoices } from '../rule-support/value-choices.js';

/** Each required answer: where it goes and what to put there. */
const REQUIRED: ReadonlyArray<{ pointer: string; hint: string }> = [
  {
    pointer: '/designModule/designInfo/observationalModel',
    hint: `for example ${valueChoices('/designModule/designInfo/observationalModel', ['COHORT', 'CASE_CONTROL', 'CASE_ONLY', 'OTHER'])}`,
  },
  {
    pointer: '/designModule/designInfo/timePerspective',
    hint: valueChoices('/designModule/designInfo/timePerspective', [
      'PROSPECTIVE',
      'RETROSPECTIVE',
      'CROSS_SECTIONAL',
      'OTHER',
    ]),
  },
  {
    pointer: '/eligibilityModule/studyPopulation',
    hint: 'describe the population the participants are drawn from, e.g. the clinics or registries that supply them',
  },
  {
    pointer: '/eligibilityModule/samplingMethod',
    hint: valueChoices('/eligibilityModule/samplingMethod', ['PROBABILITY_SAMPLE', 'NON_PROBABILITY_SAMPLE']),
  },
];

export default defineRule(
  {
    id: 'observational-design-required',
    defaultSeverity: 'error',
    category: 'design',
    description:
      'Require the model, time perspective, study population and sampling method of an observational study',
    registry: 'error',
    source: 'REQ-OBS-DESIGN',
    fixable: false,
  },
  ({ trial, report }) => {
    if (!isObservational(trial)) return;
    for (const { pointer, hint } of REQUIRED) {
      if (!isBlank(getAtPointer(trial, pointer))) continue;
      report({
        ...missingAt(trial, pointer, STUDY_TYPE_POINTER),
        message: `An observational study needs ${fieldName(pointer)}: ${hint}.`,
      });
    }
  },
);
