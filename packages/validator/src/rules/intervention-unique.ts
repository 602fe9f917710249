import { defineRule } from '../engine/rule.js';
import { interventionReference } from '../rule-support/interventions.js';
import { comparable } from '../rule-support/arms-paths.js';
import { fieldLabelOf } from '../rule-support/registry-words.js';

const INTERVENTIONS = '/armsInterventionsModule/interventions';

export default defineRule(
  {
    id: 'intervention-unique',
    defaultSeverity: 'warning',
    category: 'arms-interventions',
    description: 'Disallow repeated interventions and other names that repeat the intervention name',
    registry: 'warning',
    source: 'INT-UNIQUE',
    fixable: false,
  },
  ({ trial, report }) => {
    const seen = new Map<string, number>();
    (trial.armsInterventionsModule?.interventions ?? []).forEach((intervention, index) => {
      const name = intervention.name;
      if (name === undefined || name.trim() === '') return;
      const reference = interventionReference(intervention) ?? name;
      const key = `${intervention.type ?? ''}\u0000${comparable(name)}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else {
        report({
          pointer: `${INTERVENTIONS}/${index}/name`,
          message: `Intervention "${reference}" is listed twice (also interventions[${first}]): keep one entry and link it to every arm that receives it (differences in dose or schedule belong in the arm descriptions).`,
        });
      }
      const others = new Map<string, number>();
      (intervention.otherNames ?? []).forEach((other, o) => {
        const pointer = `${INTERVENTIONS}/${index}/otherNames/${o}`;
        const otherKey = comparable(other);
        if (otherKey === '') return;
        if (otherKey === comparable(name)) {
          report({
            pointer,
            message: `"${other}" in the ${fieldLabelOf(pointer)} of intervention "${reference}" repeats its name: list only different names there (brand names, code names, synonyms).`,
          });
        } else if (others.has(otherKey)) {
          report({
            pointer,
            message: `"${other}" is listed twice in the ${fieldLabelOf(pointer)} of intervention "${reference}": remove the repetition.`,
          });
        }
        others.set(otherKey, o);
      });
    });
  },
);
