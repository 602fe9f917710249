import { defineRule } from '../engine/rule.js';
import { quoted } from '../rule-support/arms-paths.js';
import { isHealthyGroup } from '../rule-support/healthy-groups.js';
import { fieldName } from '../rule-support/registry-words.js';

export default defineRule(
  {
    id: 'healthy-control-needs-healthy-volunteers',
    defaultSeverity: 'warning',
    category: 'eligibility',
    description:
      'Require eligibilityModule.healthyVolunteers to be true when an arm or group consists of healthy participants',
    registry: 'note',
    source: 'TrialYAML',
    fixable: false,
  },
  ({ trial, report }) => {
    if (trial.eligibilityModule?.healthyVolunteers !== false) return;
    const healthy = (trial.armsInterventionsModule?.armGroups ?? []).filter(isHealthyGroup);
    if (!healthy.length) return;
    const labels = healthy.map((arm) => arm.label).filter((label): label is string => label !== undefined);
    const which = labels.length
      ? `${labels.length === 1 ? 'Arm' : 'Arms'} ${quoted(labels)}`
      : `${healthy.length === 1 ? 'An arm' : 'Some arms'}`;
    const pointer = '/eligibilityModule/healthyVolunteers';
    report({
      pointer,
      message: `${which} ${healthy.length === 1 ? 'enrolls' : 'enroll'} healthy participants, but ${fieldName(pointer)} is false: set it to true so the study is listed as accepting healthy volunteers.`,
      suggestions: [
        { title: 'Set healthyVolunteers to true', fix: [{ op: 'replace', pointer, value: true }] },
      ],
    });
  },
);
