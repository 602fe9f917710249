import type { ArmGroup, Intervention, Trial } from '@trialyaml/core';
import { interventionReference } from './interventions.js';

/**
 * The ways an arm may name an intervention in `interventionNames`: the registry form ("Drug: Placebo") and,
 * leniently, the enum-code form ("DRUG: Placebo") that `arm-intervention-reference` reports separately.
 */
export function referenceForms(intervention: Intervention): string[] {
  if (!intervention.type || intervention.name === undefined) return [];
  const forms = [interventionReference(intervention), `${intervention.type}: ${intervention.name}`];
  return [...new Set(forms.filter((form): form is string => form !== undefined))];
}

/** Whether an arm and an intervention are linked in either direction. */
export function linked(arm: ArmGroup, intervention: Intervention): boolean {
  if (arm.label !== undefined && (intervention.armGroupLabels ?? []).includes(arm.label)) return true;
  const forms = referenceForms(intervention);
  return (arm.interventionNames ?? []).some((name) => forms.includes(name));
}

/** Whether an arm is linked to any intervention: it lists one, or an intervention lists the arm's label. */
export function armHasIntervention(arm: ArmGroup, interventions: readonly Intervention[]): boolean {
  if ((arm.interventionNames ?? []).length) return true;
  return (
    arm.label !== undefined &&
    interventions.some((intervention) => (intervention.armGroupLabels ?? []).includes(arm.label as string))
  );
}

/** The arms and interventions of a trial, never undefined. */
export function armsAndInterventions(trial: Trial): { arms: ArmGroup[]; interventions: Intervention[] } {
  return {
    arms: trial.armsInterventionsModule?.armGroups ?? [],
    interventions: trial.armsInterventionsModule?.interventions ?? [],
  };
}
