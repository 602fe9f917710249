import { testRule } from '../testing/rule-tester.js';
import rule from './placebo-arm-has-placebo.js';

/** NCT03418623 as posted: GET73 against placebo, the placebo an intervention of its own. */
const posted = `armsInterventionsModule:
  armGroups:
    - label: GET73
      type: EXPERIMENTAL
      interventionNames:
        - "Drug: GET73"
    - label: Placebo
      type: PLACEBO_COMPARATOR
      interventionNames:
        - "Other: Placebo"
  interventions:
    - type: DRUG
      name: GET73
      description: GET73 300 mg oral capsules
      armGroupLabels:
        - GET73
    - type: OTHER
      name: Placebo
      description: Placebo oral capsules
      armGroupLabels:
        - Placebo
`;

/** The same study had the placebo arm been linked to the active drug alone, with no placebo listed. */
const noPlacebo = `armsInterventionsModule:
  armGroups:
    - label: GET73
      type: EXPERIMENTAL
      interventionNames:
        - "Drug: GET73"
    - label: Placebo
      type: PLACEBO_COMPARATOR
      interventionNames:
        - "Drug: GET73"
  interventions:
    - type: DRUG
      name: GET73
      description: GET73 300 mg oral capsules
      armGroupLabels:
        - GET73
        - Placebo
`;

testRule(rule, {
  valid: [
    { name: 'a placebo intervention of its own (NCT03418623)', yaml: posted },
    {
      name: 'a placebo described inside the shared intervention',
      yaml: noPlacebo.replace(
        'GET73 300 mg oral capsules',
        'GET73 300 mg oral capsules or matching placebo capsules',
      ),
    },
    {
      name: 'an add-on design: the placebo arm also receives a background drug the active arm receives',
      yaml: `armsInterventionsModule:
  armGroups:
    - label: Palbociclib + endocrine therapy
      type: EXPERIMENTAL
      interventionNames:
        - "Drug: Palbociclib"
        - "Drug: Letrozole"
    - label: Placebo + endocrine therapy
      type: PLACEBO_COMPARATOR
      interventionNames:
        - "Drug: Placebo"
        - "Drug: Letrozole"
  interventions:
    - type: DRUG
      name: Palbociclib
    - type: DRUG
      name: Placebo
    - type: DRUG
      name: Letrozole
`,
    },
  ],
  invalid: [
    {
      name: 'the placebo arm receives only the active drug',
      yaml: noPlacebo,
      errors: [
        {
          pointer: '/armsInterventionsModule/armGroups/1/type',
          message:
            'Arm "Placebo" is a placebo comparator, but it receives only what an active arm receives ("GET73") and the study lists no placebo intervention: add the placebo to interventions and link it to this arm, or choose the arm type that fits (e.g. ACTIVE_COMPARATOR or NO_INTERVENTION).',
          line: 8,
          column: 13,
        },
      ],
    },
    {
      name: 'a sham arm that receives the device itself',
      yaml: noPlacebo
        .replace('PLACEBO_COMPARATOR', 'SHAM_COMPARATOR')
        .replace('- label: Placebo', '- label: Control')
        .replace('        - Placebo\n', '        - Control\n'),
      errors: [{ pointer: '/armsInterventionsModule/armGroups/1/type', message: /is a sham comparator/ }],
    },
  ],
});
