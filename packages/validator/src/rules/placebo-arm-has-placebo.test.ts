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

/** NCT06714279 as posted: the "placebo" arm is given bupivacaine by another route, at the study arm's dose. */
const sameDrug = (
  controlDescription: string,
  controlType = 'PLACEBO_COMPARATOR',
): string => `armsInterventionsModule:
  armGroups:
    - label: Study Group - Tap Block
      type: OTHER
      description: "Laparoscopic Transversus Abdominis Plane block; dose calculation 2.5mg per body weight."
      interventionNames:
        - "Drug: Tap Block - Bupivacaine"
    - label: Control Group - Intraperitoneal Local Anesthetic onto Liver
      type: ${controlType}
      description: "${controlDescription}"
      interventionNames:
        - "Drug: Intraperitoneal infiltration to liver"
  interventions:
    - type: DRUG
      name: Tap Block - Bupivacaine
      description: The medicinal product for both groups is the same - Bupivacaine.
      armGroupLabels:
        - Study Group - Tap Block
    - type: DRUG
      name: Intraperitoneal infiltration to liver
      description: The medicinal product for both groups is the same - Bupivacaine.
      armGroupLabels:
        - Control Group - Intraperitoneal Local Anesthetic onto Liver
`;
const toLiver =
  'Administration of local anesthetic to the liver using, dose calculation 2.5mg per body weight.';

/** NCT06341426 as posted: one psychedelic dose after a 1 mg "active placebo" dose, against two full doses. */
const lowDose = `armsInterventionsModule:
  armGroups:
    - label: Two Doses of Psilocybin
      type: ACTIVE_COMPARATOR
      description: Two psychedelic doses (25mg of psilocybin + 25mg of psilocybin)
      interventionNames:
        - "Drug: Two Psychedelic Doses Psilocybin"
    - label: Single Dose of Psilocybin
      type: PLACEBO_COMPARATOR
      description: One psychedelic dose (1mg of psilocybin + 25mg of psilocybin)
      interventionNames:
        - "Drug: Single Psychedelic Dose Psilocybin"
  interventions:
    - type: DRUG
      name: Single Psychedelic Dose Psilocybin
      armGroupLabels:
        - Single Dose of Psilocybin
    - type: DRUG
      name: Two Psychedelic Doses Psilocybin
      armGroupLabels:
        - Two Doses of Psilocybin
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
    { name: 'a low-dose ("active") placebo arm: a dose of its own (NCT06341426)', yaml: lowDose },
    {
      name: 'a placebo arm that names no dose: nothing shows it is the active drug',
      yaml: sameDrug('Administration of local anesthetic to the liver.'),
    },
    {
      name: 'the same arm as an active comparator',
      yaml: sameDrug(toLiver, 'ACTIVE_COMPARATOR'),
    },
    {
      name: 'the arm itself says it receives saline',
      yaml: sameDrug(
        'Normal saline onto the liver, volume as for a dose calculation of 2.5mg per body weight.',
      ),
    },
  ],
  invalid: [
    {
      name: 'a placebo arm given the active drug at the active dose (NCT06714279)',
      yaml: sameDrug(toLiver),
      errors: [
        {
          pointer: '/armsInterventionsModule/armGroups/1/type',
          message:
            'Arm "Control Group - Intraperitoneal Local Anesthetic onto Liver" is a Placebo Comparator (PLACEBO_COMPARATOR) arm, but it receives "Drug: Intraperitoneal infiltration to liver" at the dose another arm receives (2.5mg), and the study lists no placebo: if the arm receives the active drug, set Arm Type (armsInterventionsModule.armGroups[1].type) to Active Comparator (ACTIVE_COMPARATOR); otherwise add the placebo to the interventions and link it to this arm.',
          line: 9,
          column: 13,
        },
      ],
    },
    {
      name: 'the placebo arm receives only the active drug',
      yaml: noPlacebo,
      errors: [
        {
          pointer: '/armsInterventionsModule/armGroups/1/type',
          message:
            'Arm "Placebo" is a Placebo Comparator (PLACEBO_COMPARATOR) arm, but it receives only what an active arm receives ("Drug: GET73") and the study lists no placebo intervention: add the placebo to the interventions and link it to this arm, or set Arm Type (armsInterventionsModule.armGroups[1].type) to the type that fits, e.g. Active Comparator (ACTIVE_COMPARATOR) or No Intervention (NO_INTERVENTION).',
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
      errors: [
        {
          pointer: '/armsInterventionsModule/armGroups/1/type',
          message: /is a Sham Comparator \(SHAM_COMPARATOR\) arm, .* no sham intervention/,
        },
      ],
    },
  ],
});
