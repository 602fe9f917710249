import { defineRule } from '../engine/rule.js';
import { mayBeInterventional } from '../rule-support/study-type.js';
import { fieldName, valueName } from '../rule-support/registry-words.js';

export default defineRule(
  {
    id: 'single-arm-allocation-na',
    defaultSeverity: 'warning',
    category: 'design',
    description: 'Require allocation NA for a study with one arm',
    registry: 'review-major',
    source: 'DES-SINGLE-ARM-ALLOCATION',
    fixable: true,
  },
  ({ trial, report }) => {
    if (!mayBeInterventional(trial) || trial.armsInterventionsModule?.armGroups?.length !== 1) return;
    const allocation = trial.designModule?.designInfo?.allocation;
    if (allocation !== 'RANDOMIZED' && allocation !== 'NON_RANDOMIZED') return;
    const pointer = '/designModule/designInfo/allocation';
    report({
      pointer,
      message: `The study has one arm, so participants are not allocated between arms: set ${fieldName(pointer)} to ${valueName(pointer, 'NA')} instead of ${valueName(pointer, allocation)}.`,
      fix: [{ op: 'replace', pointer, value: 'NA' }],
    });
  },
);
