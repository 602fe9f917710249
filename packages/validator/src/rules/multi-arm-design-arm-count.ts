import { defineRule } from '../engine/rule.js';
import { mayBeInterventional } from '../rule-support/study-type.js';
import { wordList } from '../rule-support/presence.js';
import { fieldLabelOf, fieldName, valueName } from '../rule-support/registry-words.js';

const ARMS = '/armsInterventionsModule/armGroups';
const ALLOCATION = '/designModule/designInfo/allocation';
const MODEL = '/designModule/designInfo/interventionModel';

export default defineRule(
  {
    id: 'multi-arm-design-arm-count',
    defaultSeverity: 'warning',
    category: 'design',
    description:
      'Require at least two arms for randomized, non-randomized, parallel, crossover and factorial designs',
    registry: 'warning',
    source: 'DES-RANDOMIZED-ARMS',
    fixable: false,
  },
  ({ trial, report }) => {
    if (!mayBeInterventional(trial)) return;
    const arms = trial.armsInterventionsModule?.armGroups;
    // No arms yet is a draft: the required-arms rule asks for them.
    if (arms?.length !== 1) return;
    const info = trial.designModule?.designInfo;
    const reasons: string[] = [];
    if (info?.allocation === 'RANDOMIZED' || info?.allocation === 'NON_RANDOMIZED')
      reasons.push(`${fieldName(ALLOCATION)} is ${valueName(ALLOCATION, info.allocation)}`);
    if (
      info?.interventionModel === 'PARALLEL' ||
      info?.interventionModel === 'CROSSOVER' ||
      info?.interventionModel === 'FACTORIAL'
    ) {
      reasons.push(`${fieldName(MODEL)} is ${valueName(MODEL, info.interventionModel)}`);
    }
    if (!reasons.length) return;
    report({
      pointer: ARMS,
      target: 'key',
      message: `${wordList(reasons)}, a design with two or more arms, but ${fieldName(ARMS)} lists one: add the other arm(s), or describe a single-arm study with ${fieldLabelOf(MODEL)} set to ${valueName(MODEL, 'SINGLE_GROUP')} and ${fieldLabelOf(ALLOCATION)} to ${valueName(ALLOCATION, 'NA')}.`,
    });
  },
);
