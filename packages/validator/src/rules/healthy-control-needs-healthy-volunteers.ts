import { defineRule } from '../engine/rule.js';
import { quoted } from '../rule-support/arms-paths.js';

/** "healthy control(s)", "healthy volunteers", "healthy adult subjects", "healthy individuals". */
const HEALTHY_GROUP =
  /(?<![\w-])healthy\s+(?:[a-z-]+\s+){0,2}?(?:controls?|volunteers?|subjects?|participants?|individuals?)\b/gi;
/** Words before a mention that make it a comparison, not the arm itself ("compared with healthy controls"). */
const COMPARISON = /\b(?:compar\w*|versus|vs\.?|matched|than|relative to|against)\s+(?:[\w-]+\s+){0,3}$/i;

/** Whether a text says the group itself consists of healthy people. */
function describesHealthyGroup(text: string | undefined, checkContext: boolean): boolean {
  if (!text) return false;
  for (const match of text.matchAll(HEALTHY_GROUP)) {
    if (!checkContext || !COMPARISON.test(text.slice(Math.max(0, match.index - 60), match.index)))
      return true;
  }
  return false;
}

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
    const healthy = (trial.armsInterventionsModule?.armGroups ?? []).filter(
      (arm) => describesHealthyGroup(arm.label, false) || describesHealthyGroup(arm.description, true),
    );
    if (!healthy.length) return;
    const labels = healthy.map((arm) => arm.label).filter((label): label is string => label !== undefined);
    const which = labels.length
      ? `${labels.length === 1 ? 'Arm' : 'Arms'} ${quoted(labels)}`
      : `${healthy.length === 1 ? 'An arm' : 'Some arms'}`;
    const pointer = '/eligibilityModule/healthyVolunteers';
    report({
      pointer,
      message: `${which} ${healthy.length === 1 ? 'enrolls' : 'enroll'} healthy participants, but eligibilityModule.healthyVolunteers is false: set it to true so the study is listed as accepting healthy volunteers.`,
      suggestions: [
        { title: 'Set healthyVolunteers to true', fix: [{ op: 'replace', pointer, value: true }] },
      ],
    });
  },
);
