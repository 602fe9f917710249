import { testRule } from '../testing/rule-tester.js';
import rule from './no-intervention-arm-empty.js';

const study = `designModule:
  studyType: INTERVENTIONAL
armsInterventionsModule:
  armGroups:
    - label: Exercise
      type: EXPERIMENTAL
      interventionNames:
        - "Behavioral: Exercise"
    - label: Waiting list
      type: NO_INTERVENTION
  interventions:
    - type: BEHAVIORAL
      name: Exercise
      armGroupLabels:
        - Exercise
`;

testRule(rule, {
  valid: [
    { name: 'no-intervention arm without interventions', yaml: study },
    {
      name: 'an empty list is fine',
      yaml: study.replace(
        '      type: NO_INTERVENTION\n',
        '      type: NO_INTERVENTION\n      interventionNames: []\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'no-intervention arm listing an intervention, on both sides',
      yaml: study
        .replace(
          '      type: NO_INTERVENTION\n',
          '      type: NO_INTERVENTION\n      interventionNames:\n        - "Behavioral: Exercise"\n',
        )
        .replace('        - Exercise\n', '        - Exercise\n        - Waiting list\n'),
      errors: [
        {
          pointer: '/armsInterventionsModule/armGroups/1/interventionNames',
          message:
            'Arm "Waiting list" is No Intervention (NO_INTERVENTION) but its Arm/Group Intervention Names list "Behavioral: Exercise": remove its interventionNames, or give the arm the type that fits what it receives (e.g. Active Comparator (ACTIVE_COMPARATOR) or Placebo Comparator (PLACEBO_COMPARATOR)).',
          line: 11,
          column: 7,
        },
        {
          pointer: '/armsInterventionsModule/interventions/0/armGroupLabels/1',
          message:
            'Intervention "Behavioral: Exercise" lists arm "Waiting list", which is No Intervention (NO_INTERVENTION): remove "Waiting list" from its Arms/Groups Given the Intervention (armGroupLabels), or change the arm\'s type if it does receive the intervention.',
        },
      ],
    },
    {
      name: 'draft without a study type',
      yaml: 'armsInterventionsModule:\n  armGroups:\n    - label: Control\n      type: NO_INTERVENTION\n      interventionNames: ["Other: Leaflet"]\n',
      errors: [
        {
          pointer: '/armsInterventionsModule/armGroups/0/interventionNames',
          message:
            /^Arm "Control" is No Intervention \(NO_INTERVENTION\) but its Arm\/Group Intervention Names list "Other: Leaflet"/,
        },
      ],
    },
  ],
});
