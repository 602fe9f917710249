import { getAtPointer } from '@trialyaml/core';
import { defineRule } from '../engine/rule.js';
import { STUDY_TYPE_POINTER as STUDY_TYPE, studyTypeOf } from '../rule-support/study-type.js';
import { hasContent } from '../rule-support/design-content.js';
import { fieldName } from '../rule-support/registry-words.js';

/** The parts of a record that only an observational study has. */
const OBSERVATIONAL_ONLY = [
  '/designModule/patientRegistry',
  '/designModule/targetDuration',
  '/designModule/designInfo/observationalModel',
  '/designModule/designInfo/timePerspective',
  '/designModule/bioSpec',
  '/eligibilityModule/studyPopulation',
  '/eligibilityModule/samplingMethod',
];

export default defineRule(
  {
    id: 'observational-only-fields',
    defaultSeverity: 'error',
    category: 'design',
    description: 'Disallow observational design and population fields in interventional studies',
    registry: 'error',
    source: 'DES-OBS-ONLY-FIELDS',
    fixable: false,
  },
  ({ trial, report }) => {
    if (studyTypeOf(trial) !== 'INTERVENTIONAL') return;
    for (const pointer of OBSERVATIONAL_ONLY) {
      if (!hasContent(getAtPointer(trial, pointer))) continue;
      report({
        pointer,
        target: 'key',
        message: `${fieldName(pointer)} describes observational studies only: remove it from this interventional study (or correct ${fieldName(STUDY_TYPE)}).`,
      });
    }
  },
);
