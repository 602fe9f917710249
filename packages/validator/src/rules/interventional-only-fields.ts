import { getAtPointer } from '@trialyaml/core';
import { defineRule } from '../engine/rule.js';
import { fieldName, valueName } from '../rule-support/registry-words.js';
import { studyTypeOf } from '../rule-support/study-type.js';
import { hasContent, thisStudy } from '../rule-support/design-content.js';

/** The parts of the design that only an interventional study has. */
const INTERVENTIONAL_ONLY = [
  '/designModule/phases',
  '/designModule/designInfo/allocation',
  '/designModule/designInfo/interventionModel',
  '/designModule/designInfo/interventionModelDescription',
  '/designModule/designInfo/primaryPurpose',
  '/designModule/designInfo/maskingInfo',
];

export default defineRule(
  {
    id: 'interventional-only-fields',
    defaultSeverity: 'error',
    category: 'design',
    description:
      'Disallow interventional design fields and arm types in observational and expanded-access records',
    registry: 'error',
    source: 'DES-INT-ONLY-FIELDS',
    fixable: false,
  },
  ({ trial, report }) => {
    const type = studyTypeOf(trial);
    if (type !== 'OBSERVATIONAL' && type !== 'EXPANDED_ACCESS') return;
    for (const pointer of INTERVENTIONAL_ONLY) {
      if (!hasContent(getAtPointer(trial, pointer))) continue;
      report({
        pointer,
        target: 'key',
        message: `${fieldName(pointer)} describes interventional studies only: remove it from ${thisStudy(type)}, or correct the ${fieldName('/designModule/studyType')}.`,
      });
    }
    (trial.armsInterventionsModule?.armGroups ?? []).forEach((arm, index) => {
      if (arm.type === undefined) return;
      const pointer = `/armsInterventionsModule/armGroups/${index}/type`;
      report({
        pointer,
        target: 'key',
        message: `${fieldName(pointer)} is ${valueName(pointer, arm.type)}, but only interventional studies have arm types: remove it from ${thisStudy(type)}'s group.`,
      });
    });
  },
);
