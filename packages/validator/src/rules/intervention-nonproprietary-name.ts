import { defineRule, type RuleReport } from '../engine/rule.js';
import type { FixOperation } from '../fixes/fix-operation.js';
import { referenceForms } from '../rule-support/arms-links.js';
import { fieldLabelOf, fieldName } from '../rule-support/registry-words.js';

/** ®, ™ and their ASCII forms "(R)" and "(TM)" after a word; "(R)-ketamine" (a stereo descriptor) is not one. */
const MARKER = /\s*(?:[®™]|(?<=[\p{L}\p{N}.)]\s?)\((?:R|TM)\)(?![\p{L}\p{N}-]))/gu;

export default defineRule(
  {
    id: 'intervention-nonproprietary-name',
    defaultSeverity: 'info',
    category: 'arms-interventions',
    description: 'Disallow trademark signs in intervention names, which should be non-proprietary names',
    registry: 'review-advisory',
    source: 'INT-NONPROPRIETARY',
    fixable: false,
  },
  ({ trial, report }) => {
    const arms = trial.armsInterventionsModule?.armGroups ?? [];
    (trial.armsInterventionsModule?.interventions ?? []).forEach((intervention, i) => {
      const name = intervention.name;
      if (typeof name !== 'string' || !name.match(MARKER)) return;
      const pointer = `/armsInterventionsModule/interventions/${i}/name`;
      const plain = name.replace(MARKER, '').replace(/\s+/g, ' ').trim();
      const finding: RuleReport = {
        pointer,
        message: `${fieldName(pointer)} "${name}" carries a trademark sign, so it is probably a brand name: write the non-proprietary (generic) name there and list brand names in ${fieldLabelOf(`/armsInterventionsModule/interventions/${i}/otherNames`)} (otherNames).`,
      };
      if (plain) {
        // Renaming also renames the arms' references to the intervention, so they keep resolving.
        const forms = referenceForms(intervention);
        const references: FixOperation[] = arms.flatMap((arm, a) =>
          (arm.interventionNames ?? []).flatMap((reference, r) =>
            forms.includes(reference)
              ? [
                  {
                    op: 'replace' as const,
                    pointer: `/armsInterventionsModule/armGroups/${a}/interventionNames/${r}`,
                    value: reference.slice(0, reference.length - name.length) + plain,
                  },
                ]
              : [],
          ),
        );
        finding.suggestions = [
          {
            title: `Remove the trademark sign: "${plain}"`,
            fix: [{ op: 'replace', pointer, value: plain }, ...references],
          },
        ];
      }
      report(finding);
    });
  },
);
