import { getAtPointer } from '@trialyaml/core';
import { defineRule } from '../engine/rule.js';
import { yamlPath } from '../rule-support/arms-paths.js';
import { studyTypeOf } from '../rule-support/study-type.js';
import { hasContent } from '../rule-support/design-content.js';

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
        message: `${yamlPath(pointer)} describes observational studies only: remove it from this interventional study (or correct designModule.studyType).`,
      });
    }
  },
);
