import { describe, expect, it } from 'vitest';
import { lintTrial } from '../engine/lint-trial.js';
import { testRule } from '../testing/rule-tester.js';
import rule from './intervention-nonproprietary-name.js';

const named = (name: string): string =>
  `armsInterventionsModule:
  armGroups:
    - label: Active
      type: EXPERIMENTAL
      interventionNames:
        - "Drug: ${name}"
  interventions:
    - type: DRUG
      name: "${name}"
      armGroupLabels: [Active]
`;

testRule(rule, {
  valid: [
    { name: 'generic name', yaml: named('Adalimumab') },
    { name: 'stereo descriptor', yaml: named('(R)-ketamine') },
    { name: 'letter R in parentheses inside a word list', yaml: named('Rituximab (RTX)') },
    { name: 'draft without a name', yaml: 'armsInterventionsModule:\n  interventions:\n    - type: DRUG\n' },
    { name: 'no interventions', yaml: 'armsInterventionsModule: {}\n' },
  ],
  invalid: [
    {
      name: 'registered sign',
      yaml: named('Humira®'),
      errors: [
        {
          pointer: '/armsInterventionsModule/interventions/0/name',
          message:
            'Intervention Name (armsInterventionsModule.interventions[0].name) "Humira®" carries a trademark sign, so it is probably a brand name: write the non-proprietary (generic) name there and list brand names in Other Intervention Names (otherNames).',
          line: 9,
          column: 13,
        },
      ],
    },
    {
      name: 'trade mark sign',
      yaml: named('Kinesio™ tape'),
      errors: [{ pointer: '/armsInterventionsModule/interventions/0/name', message: /"Kinesio™ tape"/ }],
    },
    {
      name: 'ASCII forms',
      yaml: named('Humira(R)').replace(
        'armGroupLabels: [Active]\n',
        'armGroupLabels: [Active]\n    - type: DEVICE\n      name: FreeStyle Libre (TM) sensor\n',
      ),
      errors: [
        { pointer: '/armsInterventionsModule/interventions/0/name' },
        {
          pointer: '/armsInterventionsModule/interventions/1/name',
          message: /"FreeStyle Libre \(TM\) sensor"/,
        },
      ],
    },
  ],
});

describe('intervention-nonproprietary-name suggestions', () => {
  it('removes the sign from the name and from the arms that reference it', () => {
    const [finding] = lintTrial(named('Humira ®'), { rules: [rule], asOf: '2026-11-21' }).report.findings;
    expect(finding?.suggestions).toEqual([
      {
        title: 'Remove the trademark sign: "Humira"',
        fix: [
          { op: 'replace', pointer: '/armsInterventionsModule/interventions/0/name', value: 'Humira' },
          {
            op: 'replace',
            pointer: '/armsInterventionsModule/armGroups/0/interventionNames/0',
            value: 'Drug: Humira',
          },
        ],
      },
    ]);
  });
});
