import type { StandardAge } from '@trialyaml/core';
import { defineRule } from '../engine/rule.js';
import { standardAgesFor } from '../rule-support/eligibility-standard-ages.js';
import { wordList } from '../rule-support/presence.js';
import { fieldLabelOf, fieldName, valueName } from '../rule-support/registry-words.js';

const STD_AGES = '/eligibilityModule/stdAges';

export default defineRule(
  {
    id: 'standard-ages-match',
    defaultSeverity: 'info',
    category: 'eligibility',
    description: 'Require stdAges, when present, to match the minimum and maximum ages',
    registry: 'note',
    source: 'ELI-STDAGES',
    fixable: false,
  },
  ({ trial, report }) => {
    const { minimumAge, maximumAge, stdAges } = trial.eligibilityModule ?? {};
    if (!stdAges?.length) return;
    const expected = standardAgesFor(minimumAge, maximumAge);
    if (!expected) return;
    const given = new Set<string>(stdAges);
    if (given.size === expected.length && expected.every((group: StandardAge) => given.has(group))) return;
    const range = `${minimumAge ?? 'no minimum'} to ${maximumAge ?? 'no maximum'}`;
    const groups = (list: readonly string[]): string =>
      wordList(list.map((group) => valueName(STD_AGES, group)));
    report({
      pointer: STD_AGES,
      message: `${fieldName(STD_AGES)} lists ${groups(stdAges)}, but the ${fieldLabelOf('/eligibilityModule/minimumAge')} and ${fieldLabelOf('/eligibilityModule/maximumAge')}, ${range}, cover ${groups(expected)}; remove stdAges (the registry derives it from the ages) or set it to [${expected.join(', ')}].`,
    });
  },
);
