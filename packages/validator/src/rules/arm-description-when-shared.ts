import { defineRule } from '../engine/rule.js';
import { armsAndInterventions, linked } from '../rule-support/arms-links.js';
import { quoted } from '../rule-support/arms-paths.js';
import { wordList } from '../rule-support/presence.js';
import { interventionReference } from '../rule-support/interventions.js';
import { hasText } from '../rule-support/presence.js';
import { fieldLabelOf, fieldName } from '../rule-support/registry-words.js';
import { mayBeInterventional } from '../rule-support/study-type.js';

const ARMS = '/armsInterventionsModule/armGroups';

export default defineRule(
  {
    id: 'arm-description-when-shared',
    defaultSeverity: 'info',
    category: 'arms-interventions',
    description: 'Require a description for arms that receive the same interventions as another arm',
    registry: 'review-advisory',
    source: 'ARM-DESC-INTERVENTIONS',
    fixable: false,
  },
  ({ trial, report }) => {
    if (!mayBeInterventional(trial)) return;
    const { arms, interventions } = armsAndInterventions(trial);
    const groups = new Map<string, number[]>();
    arms.forEach((arm, a) => {
      const linkedTo = interventions.flatMap((intervention, i) => (linked(arm, intervention) ? [i] : []));
      if (!linkedTo.length) return;
      const key = linkedTo.join(',');
      groups.set(key, [...(groups.get(key) ?? []), a]);
    });
    for (const [key, members] of groups) {
      if (members.length < 2) continue;
      const names = key
        .split(',')
        .map((i) => interventions[Number(i)])
        .map((intervention) => (intervention ? interventionReference(intervention) : undefined))
        .filter((name): name is string => name !== undefined);
      const labels = members.map((a) => arms[a]?.label ?? `armGroups[${a}]`);
      const others = (a: number): string =>
        wordList(labels.filter((_, n) => members[n] !== a).map((label) => `"${label}"`));
      for (const a of members) {
        const arm = arms[a];
        if (!arm || hasText(arm.description)) continue;
        const pointer = `${ARMS}/${a}`;
        const what = arm.label !== undefined ? `Arm "${arm.label}"` : fieldName(pointer);
        report({
          pointer:
            typeof arm.description === 'string'
              ? `${pointer}/description`
              : arm.label !== undefined
                ? `${pointer}/label`
                : pointer,
          message: `${what} receives the same interventions${names.length ? ` (${quoted(names)})` : ''} as arm ${others(a)}: say how it differs (dose, schedule or duration) in its ${arm.label !== undefined ? fieldLabelOf(`${pointer}/description`) : fieldName(`${pointer}/description`)}.`,
        });
      }
    }
  },
);
