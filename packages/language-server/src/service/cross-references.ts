import { enumLabel, isPlainObject, type PathSegment } from '@trialyaml/core';

/**
 * The links between arms and interventions: an arm lists the interventions it receives in `interventionNames`
 * as `<type label>: <name>` ("Drug: Placebo"), and an intervention lists its arms' labels in `armGroupLabels`.
 * Read from the parsed data; pointers locate every end of every link.
 */
export interface CrossReferences {
  arms: Array<{ index: number; label: string; pointer: string }>;
  interventions: Array<{
    index: number;
    name: string;
    type: string | undefined;
    forms: string[];
    pointer: string;
  }>;
  /** `armGroups[arm].interventionNames[entry]`. */
  interventionRefs: Array<{ arm: number; entry: number; value: string; pointer: string }>;
  /** `interventions[intervention].armGroupLabels[entry]`. */
  armRefs: Array<{ intervention: number; entry: number; value: string; pointer: string }>;
}

export const ARMS_POINTER = '/armsInterventionsModule/armGroups';
export const INTERVENTIONS_POINTER = '/armsInterventionsModule/interventions';

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function field(value: unknown, key: string): unknown {
  return isPlainObject(value) ? value[key] : undefined;
}

/** How arms name an intervention: with the type's display label ("Drug: X") or, leniently, its code ("DRUG: X"). */
export function referenceForms(type: string | undefined, name: string): string[] {
  if (!type) return [];
  const label = enumLabel('InterventionType', type);
  return [...new Set([`${label ?? type}: ${name}`, `${type}: ${name}`])];
}

/** The registry form of an intervention reference ("Drug: X"), or undefined without a type. */
export function interventionReference(type: string | undefined, name: string): string | undefined {
  return referenceForms(type, name)[0];
}

/** Reads the links from trial data (anything: a broken file gives what could be read). */
export function crossReferences(data: unknown): CrossReferences {
  const module = field(data, 'armsInterventionsModule');
  const refs: CrossReferences = { arms: [], interventions: [], interventionRefs: [], armRefs: [] };
  list(field(module, 'armGroups')).forEach((arm, index) => {
    const label = field(arm, 'label');
    if (typeof label === 'string')
      refs.arms.push({ index, label, pointer: `${ARMS_POINTER}/${index}/label` });
    list(field(arm, 'interventionNames')).forEach((value, entry) => {
      if (typeof value === 'string')
        refs.interventionRefs.push({
          arm: index,
          entry,
          value,
          pointer: `${ARMS_POINTER}/${index}/interventionNames/${entry}`,
        });
    });
  });
  list(field(module, 'interventions')).forEach((intervention, index) => {
    const name = field(intervention, 'name');
    const type = field(intervention, 'type');
    if (typeof name === 'string') {
      const typeCode = typeof type === 'string' ? type : undefined;
      refs.interventions.push({
        index,
        name,
        type: typeCode,
        forms: referenceForms(typeCode, name),
        pointer: `${INTERVENTIONS_POINTER}/${index}/name`,
      });
    }
    list(field(intervention, 'armGroupLabels')).forEach((value, entry) => {
      if (typeof value === 'string')
        refs.armRefs.push({
          intervention: index,
          entry,
          value,
          pointer: `${INTERVENTIONS_POINTER}/${index}/armGroupLabels/${entry}`,
        });
    });
  });
  return refs;
}

/** What a cross-reference position is about: an arm (by label) or an intervention (by index). */
export type LinkTarget =
  { kind: 'arm'; label: string } | { kind: 'intervention'; index: number; name: string };

/** One place that names a target. */
export interface Occurrence {
  pointer: string;
  role: 'definition' | 'reference';
  /** The text of the value there. */
  value: string;
}

function isModulePath(
  path: readonly PathSegment[],
  list: string,
  field: string,
): path is [string, string, number, string, ...PathSegment[]] {
  return (
    path[0] === 'armsInterventionsModule' &&
    path[1] === list &&
    typeof path[2] === 'number' &&
    path[3] === field
  );
}

/** The link target at a data path (the cursor's), if the path is an arm label, an intervention name or a link. */
export function targetAtPath(refs: CrossReferences, path: readonly PathSegment[]): LinkTarget | undefined {
  if (isModulePath(path, 'armGroups', 'label') && path.length === 4) {
    const arm = refs.arms.find((candidate) => candidate.index === path[2]);
    return arm ? { kind: 'arm', label: arm.label } : undefined;
  }
  if (isModulePath(path, 'interventions', 'armGroupLabels') && typeof path[4] === 'number') {
    const ref = refs.armRefs.find(
      (candidate) => candidate.intervention === path[2] && candidate.entry === path[4],
    );
    return ref ? { kind: 'arm', label: ref.value } : undefined;
  }
  if (isModulePath(path, 'interventions', 'name') && path.length === 4) {
    const intervention = refs.interventions.find((candidate) => candidate.index === path[2]);
    return intervention
      ? { kind: 'intervention', index: intervention.index, name: intervention.name }
      : undefined;
  }
  if (isModulePath(path, 'armGroups', 'interventionNames') && typeof path[4] === 'number') {
    const ref = refs.interventionRefs.find(
      (candidate) => candidate.arm === path[2] && candidate.entry === path[4],
    );
    const intervention = ref && refs.interventions.find((candidate) => candidate.forms.includes(ref.value));
    return intervention
      ? { kind: 'intervention', index: intervention.index, name: intervention.name }
      : undefined;
  }
  return undefined;
}

/** Every place that names the target: its definition(s) first, then the references, in document order. */
export function occurrencesOf(refs: CrossReferences, target: LinkTarget): Occurrence[] {
  if (target.kind === 'arm') {
    return [
      ...refs.arms
        .filter((arm) => arm.label === target.label)
        .map((arm) => ({ pointer: arm.pointer, role: 'definition' as const, value: arm.label })),
      ...refs.armRefs
        .filter((ref) => ref.value === target.label)
        .map((ref) => ({ pointer: ref.pointer, role: 'reference' as const, value: ref.value })),
    ];
  }
  const intervention = refs.interventions.find((candidate) => candidate.index === target.index);
  if (!intervention) return [];
  return [
    { pointer: intervention.pointer, role: 'definition', value: intervention.name },
    ...refs.interventionRefs
      .filter((ref) => intervention.forms.includes(ref.value))
      .map((ref) => ({ pointer: ref.pointer, role: 'reference' as const, value: ref.value })),
  ];
}
