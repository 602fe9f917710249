import { testRule } from '../testing/rule-tester.js';
import rule from './arm-has-intervention.js';

const study = `designModule:
  studyType: INTERVENTIONAL
armsInterventionsModule:
  armGroups:
    - label: Aspirin
      type: EXPERIMENTAL
      interventionNames:
        - "Drug: Aspirin"
    - label: Usual care
      type: NO_INTERVENTION
  interventions:
    - type: DRUG
      name: Aspirin
      armGroupLabels:
        - Aspirin
`;

testRule(rule, {
  valid: [
    { name: 'every active arm lists its intervention', yaml: study },
    {
      name: 'the link is stated on the intervention side only (arm-intervention-reference reports that)',
      yaml: study.replace('      interventionNames:\n        - "Drug: Aspirin"\n', ''),
    },
    {
      name: 'observational groups need no intervention',
      yaml: 'designModule:\n  studyType: OBSERVATIONAL\narmsInterventionsModule:\n  armGroups:\n    - label: Cases\n',
    },
    { name: 'draft arm without a type', yaml: 'armsInterventionsModule:\n  armGroups:\n    - label: A\n' },
  ],
  invalid: [
    {
      name: 'experimental arm without interventions',
      yaml: study.replace(
        '    - label: Usual care\n      type: NO_INTERVENTION\n',
        '    - label: Usual care\n      type: ACTIVE_COMPARATOR\n',
      ),
      errors: [
        {
          pointer: '/armsInterventionsModule/armGroups/1/label',
          message:
            'Arm "Usual care", of Arm Type Active Comparator (ACTIVE_COMPARATOR), lists no intervention: add what the arm receives to its Arm/Group Intervention Names as "<type label>: <name>" (e.g. "Drug: Placebo"), or set its Arm Type to No Intervention (NO_INTERVENTION) if it receives nothing.',
          line: 9,
          column: 14,
        },
      ],
    },
    {
      name: 'an empty interventionNames list, in a draft without a study type',
      yaml: 'armsInterventionsModule:\n  armGroups:\n    - label: Sham\n      type: SHAM_COMPARATOR\n      interventionNames: []\n',
      errors: [
        {
          pointer: '/armsInterventionsModule/armGroups/0/interventionNames',
          message: /^Arm "Sham", of Arm Type Sham Comparator \(SHAM_COMPARATOR\), lists no intervention/,
        },
      ],
    },
    {
      name: 'arm without a label',
      yaml: 'designModule:\n  studyType: INTERVENTIONAL\narmsInterventionsModule:\n  armGroups:\n    - type: PLACEBO_COMPARATOR\n',
      errors: [
        {
          pointer: '/armsInterventionsModule/armGroups/0/type',
          message:
            /^Arm\/Group \(armsInterventionsModule\.armGroups\[0\]\), of Arm Type Placebo Comparator \(PLACEBO_COMPARATOR\), lists no intervention/,
        },
      ],
    },
  ],
});
