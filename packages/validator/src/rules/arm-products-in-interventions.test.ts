import { testRule } from '../testing/rule-tester.js';
import rule from './arm-products-in-interventions.js';

/** NCT00184067 as posted: two vaccine arms, one with GM-CSF, and Montanide ISA 51 as the only intervention. */
const vaccine = `armsInterventionsModule:
  armGroups:
    - label: Peptide vaccine with Montanide ISA 51 + GM-CSF
      type: EXPERIMENTAL
      description: Peptide vaccine with Montanide ISA 51 GM-CSF
      interventionNames:
        - "Biological: Montanide ISA 51"
    - label: Peptide vaccine with Montanide ISA 51
      type: ACTIVE_COMPARATOR
      description: Peptide vaccine with Montanide ISA 51
      interventionNames:
        - "Biological: Montanide ISA 51"
  interventions:
    - type: BIOLOGICAL
      name: Montanide ISA 51
      armGroupLabels:
        - Peptide vaccine with Montanide ISA 51
        - Peptide vaccine with Montanide ISA 51 + GM-CSF
`;

testRule(rule, {
  valid: [
    {
      name: 'every product named is an intervention',
      yaml: `${vaccine}    - type: BIOLOGICAL
      name: Tyrosinase/gp100/MART-1 peptide vaccine
      armGroupLabels:
        - Peptide vaccine with Montanide ISA 51
        - Peptide vaccine with Montanide ISA 51 + GM-CSF
    - type: BIOLOGICAL
      name: Sargramostim
      otherNames:
        - GM-CSF
      armGroupLabels:
        - Peptide vaccine with Montanide ISA 51 + GM-CSF
`,
    },
    {
      name: 'a class intervention covers the drugs the arm names (NCT02513394)',
      yaml: `armsInterventionsModule:
  armGroups:
    - label: Arm B
      type: OTHER
      description: Standard adjuvant endocrine therapy (tamoxifen or letrozole) for at least 5 years.
      interventionNames:
        - "Drug: Standard Adjuvant Endocrine Therapy"
  interventions:
    - type: DRUG
      name: Standard Adjuvant Endocrine Therapy
      armGroupLabels:
        - Arm B
`,
    },
    {
      name: 'background treatment the arm continues is not its regimen',
      yaml: `armsInterventionsModule:
  armGroups:
    - label: Dupilumab 300 mg qw
      type: EXPERIMENTAL
      description: Dupilumab 300 mg weekly. Participants continue their stable dose of fluticasone and salmeterol.
      interventionNames:
        - "Drug: Dupilumab"
  interventions:
    - type: DRUG
      name: Dupilumab
      armGroupLabels:
        - Dupilumab 300 mg qw
`,
    },
  ],
  invalid: [
    {
      name: 'the peptide vaccine and GM-CSF are not interventions (NCT00184067)',
      yaml: vaccine,
      errors: [
        {
          pointer: '/armsInterventionsModule/armGroups/0/label',
          message:
            'Arm "Peptide vaccine with Montanide ISA 51 + GM-CSF" names "vaccine", "gm-csf", which are not among the interventions: add each product the arm receives to interventions and link it to the arm, so the regimen can be read from the record.',
          line: 3,
          column: 14,
        },
        {
          pointer: '/armsInterventionsModule/armGroups/1/label',
          message: /names "vaccine", which is not among/,
        },
      ],
    },
  ],
});
