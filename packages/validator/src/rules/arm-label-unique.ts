import { defineRule } from '../engine/rule.js';
import { comparable } from '../rule-support/arms-paths.js';
import { fieldName } from '../rule-support/registry-words.js';

export default defineRule(
  {
    id: 'arm-label-unique',
    defaultSeverity: 'error',
    category: 'arms-interventions',
    description: 'Require arm and group labels to be unique within a study',
    registry: 'error',
    source: 'ARM-LABEL-UNIQUE',
    fixable: false,
  },
  ({ trial, report }) => {
    const seen = new Map<string, { index: number; label: string }>();
    (trial.armsInterventionsModule?.armGroups ?? []).forEach((arm, index) => {
      if (arm.label === undefined || arm.label.trim() === '') return;
      const key = comparable(arm.label);
      const first = seen.get(key);
      if (!first) {
        seen.set(key, { index, label: arm.label });
        return;
      }
      const how =
        first.label === arm.label
          ? 'is already the title of'
          : 'differs only in case or spacing from the title of';
      const pointer = `/armsInterventionsModule/armGroups/${index}/label`;
      report({
        pointer,
        message: `${fieldName(pointer)} "${arm.label}" ${how} armGroups[${first.index}] ("${first.label}"): give each arm a distinct title, since interventions name their arms by it.`,
      });
    });
  },
);
