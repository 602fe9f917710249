import type { ArmGroup, Intervention } from '@trialyaml/core';
import { defineRule } from '../engine/rule.js';
import { armsAndInterventions, linked, referenceForms } from '../rule-support/arms-links.js';
import { fieldName, valueName } from '../rule-support/registry-words.js';

const MODULE = '/armsInterventionsModule';

/**
 * What a placebo or sham is called: "Placebo", "Sham tDCS", "Dummy tablets", "Vehicle cream", "Normal saline",
 * "Matching capsules without active ingredient".
 */
const INACTIVE =
  /\b(?:placebos?|sham|dummy|vehicle|simulated|mock|inactive|inert|saline|sugar pill|matching|non-?active|no active|without (?:the )?active)\b/i;

/** Arm types that compare against something inactive. */
const INACTIVE_ARM_TYPES = new Set(['PLACEBO_COMPARATOR', 'SHAM_COMPARATOR']);
/** Arm types that receive the study's active treatment. */
const ACTIVE_ARM_TYPES = new Set(['EXPERIMENTAL', 'ACTIVE_COMPARATOR']);
/** Intervention types that are a product given to the participant: a drug is active unless it is a placebo. */
const PRODUCT_TYPES = new Set(['DRUG', 'BIOLOGICAL']);

/** Whether an intervention is itself a placebo or sham, by its name, other names or description. */
function isInactive(intervention: Intervention): boolean {
  return [intervention.name, ...(intervention.otherNames ?? []), intervention.description].some(
    (text) => typeof text === 'string' && INACTIVE.test(text),
  );
}

/** Whether the arm's own label or description speaks of a placebo or sham. */
function armSaysInactive(arm: ArmGroup): boolean {
  return [arm.label, arm.description].some((text) => typeof text === 'string' && INACTIVE.test(text));
}

/** A dose as written in an arm or intervention: "2.5mg", "25 mg", "480ug", "0.5 mL". */
const DOSE = /(?<![\d.])(\d+(?:\.\d+)?)\s*(mg|mcg|µg|ug|g|ml|iu|units?)(?![\p{L}])/giu;

/** The doses a text names, normalized ("25 mg" = "25mg"). */
function dosesIn(text: unknown): string[] {
  if (typeof text !== 'string') return [];
  return [...text.matchAll(DOSE)].map((match) => `${match[1]}${(match[2] ?? '').toLowerCase()}`);
}

/** The doses an arm names in its own text and in the descriptions of the interventions it receives. */
function armDoses(arm: ArmGroup, received: readonly Intervention[]): string[] {
  return [arm.label, arm.description, ...received.map((intervention) => intervention.description)].flatMap(
    dosesIn,
  );
}

/** How an arm names an intervention: the registry's reference form ("Drug: Bupivacaine"). */
function reference(intervention: Intervention): string {
  return `"${referenceForms(intervention)[0] ?? intervention.name ?? ''}"`;
}

export default defineRule(
  {
    id: 'placebo-arm-has-placebo',
    defaultSeverity: 'warning',
    category: 'arms-interventions',
    description:
      'Require a placebo or sham comparator arm to receive a placebo or sham intervention, not only what an active arm receives or an active drug',
    registry: 'review-major',
    source: 'TrialYAML (PRS review: trial design unclear)',
    fixable: false,
  },
  ({ trial, report }) => {
    const { arms, interventions } = armsAndInterventions(trial);
    // A placebo or sham anywhere in the study: the design is legible, whatever the links say.
    if (!interventions.length || interventions.some(isInactive)) return;
    const activeArms = arms.filter((arm) => ACTIVE_ARM_TYPES.has(arm.type ?? ''));
    arms.forEach((arm, index) => {
      if (!INACTIVE_ARM_TYPES.has(arm.type ?? '')) return;
      const received = interventions.filter((intervention) => linked(arm, intervention));
      if (!received.length) return;
      const pointer = `${MODULE}/armGroups/${index}/type`;
      const kind = arm.type === 'SHAM_COMPARATOR' ? 'sham' : 'placebo';
      const armType = valueName(pointer, arm.type ?? '');
      const names = received.map(reference).join(', ');
      // Everything the arm receives is also given to an active arm: then nothing tells them apart.
      const shared =
        activeArms.length > 0 &&
        received.every((intervention) => activeArms.some((active) => linked(active, intervention)));
      if (shared) {
        report({
          pointer,
          message: `Arm "${arm.label ?? index + 1}" is a ${armType} arm, but it receives only what an active arm receives (${names}) and the study lists no ${kind} intervention: add the ${kind} to the interventions and link it to this arm, or set ${fieldName(pointer)} to the type that fits, e.g. ${valueName(pointer, 'ACTIVE_COMPARATOR')} or ${valueName(pointer, 'NO_INTERVENTION')}.`,
        });
        return;
      }
      // A placebo arm given drugs of its own, none of them a placebo, the arm not speaking of one, and every dose
      // it names also given in another, non-placebo arm: it receives the active drug (NCT06714279: bupivacaine
      // 2.5 mg/kg by another route), so it is an active comparator. A dose of its own may be a low-dose
      // ("active") placebo, as in psilocybin trials: left alone.
      if (arm.type !== 'PLACEBO_COMPARATOR' || armSaysInactive(arm)) return;
      if (!received.every((intervention) => PRODUCT_TYPES.has(intervention.type ?? ''))) return;
      const doses = [...new Set(armDoses(arm, received))];
      if (!doses.length) return;
      const otherDoses = new Set(
        arms
          .filter((other) => other !== arm && !INACTIVE_ARM_TYPES.has(other.type ?? ''))
          .flatMap((other) =>
            armDoses(
              other,
              interventions.filter((intervention) => linked(other, intervention)),
            ),
          ),
      );
      if (!doses.every((dose) => otherDoses.has(dose))) return;
      report({
        pointer,
        message: `Arm "${arm.label ?? index + 1}" is a ${armType} arm, but it receives ${names} at the dose another arm receives (${doses.join(', ')}), and the study lists no placebo: if the arm receives the active drug, set ${fieldName(pointer)} to ${valueName(pointer, 'ACTIVE_COMPARATOR')}; otherwise add the placebo to the interventions and link it to this arm.`,
      });
    });
  },
);
