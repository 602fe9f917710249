import { defineRule } from '../engine/rule.js';
import { armHasIntervention, armsAndInterventions } from '../rule-support/arms-links.js';
import { fieldLabelOf, fieldName, valueName } from '../rule-support/registry-words.js';
import { mayBeInterventional } from '../rule-support/study-type.js';

const ARMS = '/armsInterventionsModule/armGroups';

export default defineRule(
  {
    id: 'arm-has-intervention',
    defaultSeverity: 'error',
    category: 'arms-interventions',
    description:
      'Require every arm of an interventional study, except NO_INTERVENTION arms, to list an intervention',
    registry: 'error',
    source: 'ARM-HAS-INTERVENTION',
    fixable: false,
  },
  ({ trial, report }) => {
    // Arm types only exist in interventional studies; an arm without a type is the required-arms rule's finding.
    if (!mayBeInterventional(trial)) return;
    const { arms, interventions } = armsAndInterventions(trial);
    arms.forEach((arm, index) => {
      if (arm.type === undefined || arm.type === 'NO_INTERVENTION' || armHasIntervention(arm, interventions))
        return;
      const item = `${ARMS}/${index}`;
      const where = arm.interventionNames
        ? { pointer: `${item}/interventionNames` }
        : arm.label !== undefined
          ? { pointer: `${item}/label` }
          : { pointer: `${item}/type` };
      const name = arm.label !== undefined ? `Arm "${arm.label}"` : fieldName(item);
      report({
        ...where,
        message: `${name}, of ${fieldLabelOf(`${item}/type`)} ${valueName(`${item}/type`, arm.type)}, lists no intervention: add what the arm receives to its ${fieldLabelOf(`${item}/interventionNames`)} as "<type label>: <name>" (e.g. "Drug: Placebo"), or set its ${fieldLabelOf(`${item}/type`)} to ${valueName(`${item}/type`, 'NO_INTERVENTION')} if it receives nothing.`,
      });
    });
  },
);
