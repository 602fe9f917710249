import { testRule } from '../testing/rule-tester.js';
import rule from './arm-intervention-reference.js';

const consistent = `armsInterventionsModule:
  armGroups:
    - label: Probiotic
      type: EXPERIMENTAL
      interventionNames:
        - "Dietary Supplement: M9"
    - label: Placebo
      type: PLACEBO_COMPARATOR
      interventionNames:
        - "Other: Placebo"
  interventions:
    - type: DIETARY_SUPPLEMENT
      name: M9
      armGroupLabels:
        - Probiotic
    - type: OTHER
      name: Placebo
      armGroupLabels:
        - Placebo
`;

/** NCT02299791: two interventions named "ALL", one per arm (intervention-unique reports the duplicate). */
const sharedName = `armsInterventionsModule:
  armGroups:
    - label: Early Intervention
      type: ACTIVE_COMPARATOR
      interventionNames:
        - "Other: ALL"
    - label: Late implementation
      type: ACTIVE_COMPARATOR
      interventionNames:
        - "Other: ALL"
  interventions:
    - type: OTHER
      name: ALL
      armGroupLabels:
        - Early Intervention
    - type: OTHER
      name: ALL
      armGroupLabels:
        - Late implementation
`;

testRule(rule, {
  valid: [
    { name: 'both directions agree', yaml: consistent },
    { name: 'no arms or interventions', yaml: 'armsInterventionsModule: {}\n' },
    { name: 'two interventions share a name, each lists its own arm (NCT02299791)', yaml: sharedName },
  ],
  invalid: [
    {
      name: 'two interventions share a name and neither lists the arm: no guess at which one',
      yaml: sharedName.replace('        - Late implementation\n', '        - Early Intervention\n'),
      errors: [
        {
          pointer: '/armsInterventionsModule/armGroups/1/interventionNames/0',
          message:
            'Arm "Late implementation" lists "Other: ALL", but none of the 2 interventions of that name lists the arm in its Arms/Groups Given the Intervention: add "Late implementation" to the one the arm receives.',
        },
      ],
    },
    {
      name: 'arm names an intervention with a typo',
      yaml: consistent.replace('"Other: Placebo"', '"Other: Placebp"'),
      errors: [
        {
          pointer: '/armsInterventionsModule/armGroups/1/interventionNames/0',
          message:
            '"Other: Placebp" in Arm/Group Intervention Names of arm "Placebo" names no intervention (entries are "<type label>: <name>", e.g. "Drug: Placebo"). Did you mean "Other: Placebo"?',
          line: 10,
          column: 11,
        },
        {
          pointer: '/armsInterventionsModule/interventions/1/armGroupLabels/0',
          message: /^Intervention "Other: Placebo" lists arm "Placebo", but the arm does not list it/,
        },
      ],
    },
    {
      name: 'arm uses the enum code instead of the display label',
      yaml: consistent.replace('"Dietary Supplement: M9"', '"DIETARY_SUPPLEMENT: M9"'),
      errors: [
        {
          pointer: '/armsInterventionsModule/armGroups/0/interventionNames/0',
          message: /Did you mean "Dietary Supplement: M9"\?$/,
        },
        { pointer: '/armsInterventionsModule/interventions/0/armGroupLabels/0' },
      ],
    },
    {
      name: 'intervention names an arm that does not exist',
      yaml: consistent
        .replace('        - Probiotic\n', '        - Probiotics group\n')
        .replace('"Dietary Supplement: M9"\n', '"Dietary Supplement: M9"\n'),
      errors: [
        {
          pointer: '/armsInterventionsModule/armGroups/0/interventionNames/0',
          message:
            /does not list the arm in its Arms\/Groups Given the Intervention \(armsInterventionsModule\.interventions\[0\]\.armGroupLabels\)/,
        },
        {
          pointer: '/armsInterventionsModule/interventions/0/armGroupLabels/0',
          message:
            '"Probiotics group" in Arms/Groups Given the Intervention of intervention "Dietary Supplement: M9" names no arm. Known: "Probiotic", "Placebo".',
        },
      ],
    },
    {
      name: 'missing back-reference is added, keeping comments',
      yaml: `armsInterventionsModule:
  armGroups:
    - label: A # the active arm
      type: EXPERIMENTAL
      interventionNames:
        - "Drug: X"
    - label: B
      type: EXPERIMENTAL
      interventionNames:
        - "Drug: X"
  interventions:
    - type: DRUG
      name: X
      armGroupLabels:
        - A # only A so far
`,
      errors: [
        {
          pointer: '/armsInterventionsModule/armGroups/1/interventionNames/0',
          message:
            'Arm "B" lists "Drug: X", but that intervention does not list the arm in its Arms/Groups Given the Intervention (armsInterventionsModule.interventions[0].armGroupLabels): add "B" there.',
        },
      ],
      output: `armsInterventionsModule:
  armGroups:
    - label: A # the active arm
      type: EXPERIMENTAL
      interventionNames:
        - "Drug: X"
    - label: B
      type: EXPERIMENTAL
      interventionNames:
        - "Drug: X"
  interventions:
    - type: DRUG
      name: X
      armGroupLabels:
        - A # only A so far
        - B
`,
    },
    {
      name: 'missing list is created',
      yaml: `armsInterventionsModule:
  armGroups:
    - label: A
      type: EXPERIMENTAL
  interventions:
    - type: BEHAVIORAL
      name: Coaching
      armGroupLabels: [A]
`,
      errors: [{ pointer: '/armsInterventionsModule/interventions/0/armGroupLabels/0' }],
      output: `armsInterventionsModule:
  armGroups:
    - label: A
      type: EXPERIMENTAL
      interventionNames:
        - "Behavioral: Coaching"
  interventions:
    - type: BEHAVIORAL
      name: Coaching
      armGroupLabels: [A]
`,
    },
  ],
});
