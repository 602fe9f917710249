import type { Intervention } from '@trialyaml/core';
import { defineRule } from '../engine/rule.js';
import { armsAndInterventions, linked } from '../rule-support/arms-links.js';

const MODULE = '/armsInterventionsModule';

/** What a placebo or sham intervention is called: "Placebo", "Sham tDCS", "Dummy tablets", "Vehicle cream". */
const INACTIVE = /\b(?:placebos?|sham|dummy|vehicle|simulated|mock|inactive|saline|sugar pill)\b/i;

/** Arm types that compare against something inactive. */
const INACTIVE_ARM_TYPES = new Set(['PLACEBO_COMPARATOR', 'SHAM_COMPARATOR']);
/** Arm types that receive the study's active treatment. */
const ACTIVE_ARM_TYPES = new Set(['EXPERIMENTAL', 'ACTIVE_COMPARATOR']);

/** Whether an intervention is itself a placebo or sham, by its name, other names or description. */
function isInactive(intervention: Intervention): boolean {
  return [intervention.name, ...(intervention.otherNames ?? []), intervention.description].some(
    (text) => typeof text === 'string' && INACTIVE.test(text),
  );
}

export default defineRule(
  {
    id: 'placebo-arm-has-placebo',
    defaultSeverity: 'warning',
    category: 'arms-interventions',
    description:
      'Require a placebo or sham comparator arm to receive a placebo or sham intervention, not only what an active arm receives',
    registry: 'review-major',
    source: 'TrialYAML (PRS review: trial design unclear)',
    fixable: false,
  },
  ({ trial, report }) => {
    const { arms, interventions } = armsAndInterventions(trial);
    // A placebo or sham anywhere in the study: the design is legible, whatever the links say.
    if (!interventions.length || interventions.some(isInactive)) return;
    const activeArms = arms.filter((arm) => ACTIVE_ARM_TYPES.has(arm.type ?? ''));
    if (!activeArms.length) return;
    arms.forEach((arm, index) => {
      if (!INACTIVE_ARM_TYPES.has(arm.type ?? '')) return;
      const received = interventions.filter((intervention) => linked(arm, intervention));
      if (!received.length) return;
      // Only when everything the arm receives is also given to an active arm: then nothing tells them apart.
      const shared = received.every((intervention) =>
        activeArms.some((active) => linked(active, intervention)),
      );
      if (!shared) return;
      const kind = arm.type === 'SHAM_COMPARATOR' ? 'sham' : 'placebo';
      const names = received.map((intervention) => `"${intervention.name ?? ''}"`).join(', ');
      report({
        pointer: `${MODULE}/armGroups/${index}/type`,
        message: `Arm "${arm.label ?? index}" is a ${kind} comparator, but it receives only what an active arm receives (${names}) and the study lists no ${kind} intervention: add the ${kind} to interventions and link it to this arm, or choose the arm type that fits (e.g. ACTIVE_COMPARATOR or NO_INTERVENTION).`,
      });
    });
  },
);
