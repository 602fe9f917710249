import { nearest } from '@trialyaml/core';
import { defineRule, type RuleReport } from '../engine/rule.js';
import { interventionReference } from '../rule-support/interventions.js';
import { fieldLabelOf, fieldName } from '../rule-support/registry-words.js';

const MODULE = '/armsInterventionsModule';

export default defineRule(
  {
    id: 'arm-intervention-reference',
    defaultSeverity: 'error',
    category: 'arms-interventions',
    description: 'Require arm and intervention cross-references to resolve and to agree in both directions',
    registry: 'tool',
    source: 'XREF-RESOLVES',
    fixable: true,
  },
  ({ trial, report }) => {
    const arms = trial.armsInterventionsModule?.armGroups ?? [];
    const interventions = trial.armsInterventionsModule?.interventions ?? [];
    const references = interventions.map(interventionReference);
    const knownReferences = references.filter((reference): reference is string => reference !== undefined);
    const labels = arms.map((arm) => arm.label).filter((label): label is string => label !== undefined);

    const suggest = (
      pointer: string,
      value: string,
      candidates: string[],
      what: string,
      owner: string,
    ): RuleReport => {
      const guess = nearest(value, candidates);
      return {
        pointer,
        message: `"${value}" in ${fieldLabelOf(pointer)} of ${owner} names no ${what}.${guess ? ` Did you mean "${guess}"?` : candidates.length ? ` Known: ${candidates.map((c) => `"${c}"`).join(', ')}.` : ''}`,
        ...(guess
          ? {
              suggestions: [
                { title: `Change to "${guess}"`, fix: [{ op: 'replace' as const, pointer, value: guess }] },
              ],
            }
          : {}),
      };
    };

    // Arm → intervention: each entry names an intervention, and one intervention of that name lists the arm
    // back. Two interventions may share a name (intervention-unique reports that): any of them may list the arm.
    arms.forEach((arm, a) => {
      (arm.interventionNames ?? []).forEach((name, n) => {
        const pointer = `${MODULE}/armGroups/${a}/interventionNames/${n}`;
        const named = references.flatMap((reference, i) => (reference === name ? [i] : []));
        if (!named.length)
          return report(
            suggest(
              pointer,
              name,
              knownReferences,
              'intervention (entries are "<type label>: <name>", e.g. "Drug: Placebo")',
              arm.label !== undefined ? `arm "${arm.label}"` : fieldName(`${MODULE}/armGroups/${a}`),
            ),
          );
        const label = arm.label;
        if (
          label === undefined ||
          named.some((i) => (interventions[i]?.armGroupLabels ?? []).includes(label))
        )
          return;
        // With one intervention of that name the fix is certain; with several, which one the arm receives is not.
        const only = named.length === 1 ? named[0] : undefined;
        const intervention = only === undefined ? undefined : interventions[only];
        if (only === undefined || !intervention) {
          report({
            pointer,
            message: `Arm "${label}" lists "${name}", but none of the ${named.length} interventions of that name lists the arm in its ${fieldLabelOf(`${MODULE}/interventions/0/armGroupLabels`)}: add "${label}" to the one the arm receives.`,
          });
          return;
        }
        const target = `${MODULE}/interventions/${only}`;
        report({
          pointer,
          message: `Arm "${label}" lists "${name}", but that intervention does not list the arm in its ${fieldName(`${target}/armGroupLabels`)}: add "${label}" there.`,
          fix: [
            intervention.armGroupLabels
              ? { op: 'append', pointer: `${target}/armGroupLabels`, value: label }
              : { op: 'add-key', pointer: target, key: 'armGroupLabels', value: [label] },
          ],
        });
      });
    });

    // Intervention → arm: each label names an arm, and that arm lists the intervention back.
    interventions.forEach((intervention, i) => {
      const reference = references[i];
      (intervention.armGroupLabels ?? []).forEach((label, l) => {
        const pointer = `${MODULE}/interventions/${i}/armGroupLabels/${l}`;
        const a = labels.indexOf(label);
        if (a === -1)
          return report(
            suggest(
              pointer,
              label,
              labels,
              'arm',
              reference !== undefined
                ? `intervention "${reference}"`
                : fieldName(`${MODULE}/interventions/${i}`),
            ),
          );
        const arm = arms.findIndex((candidate) => candidate.label === label);
        const armGroup = arms[arm];
        if (reference === undefined || !armGroup || (armGroup.interventionNames ?? []).includes(reference))
          return;
        const target = `${MODULE}/armGroups/${arm}`;
        report({
          pointer,
          message: `Intervention "${reference}" lists arm "${label}", but the arm does not list it in its ${fieldName(`${target}/interventionNames`)}: add "${reference}" there.`,
          // A reference with blanks around it (from a type like " DRUG") would be trimmed by
          // no-surrounding-whitespace and then added again: such a fix never settles, so none is offered.
          ...(reference.trim() === reference
            ? {
                fix: [
                  armGroup.interventionNames
                    ? { op: 'append' as const, pointer: `${target}/interventionNames`, value: reference }
                    : {
                        op: 'add-key' as const,
                        pointer: target,
                        key: 'interventionNames',
                        value: [reference],
                      },
                ],
              }
            : {}),
        });
      });
    });
  },
);
