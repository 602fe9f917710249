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

/** NCT05531279 as posted: three G-CSF arms linked to PEG-rhG-CSF alone, which lists rhG-CSF as an other name. */
const gcsf = (shortActingLabel: string): string => `armsInterventionsModule:
  armGroups:
    - label: PEG-rhG-CSF group A
      type: EXPERIMENTAL
      description: "PEG-rhG-CSF group A(q7d):6mg d1,8,subcutaneously injected."
      interventionNames:
        - "Drug: PEG-rhG-CSF"
    - label: ${shortActingLabel}
      type: EXPERIMENTAL
      description: "${shortActingLabel}: 480ug d1-14(daily for 14days),subcutaneously injected."
      interventionNames:
        - "Drug: PEG-rhG-CSF"
  interventions:
    - type: DRUG
      name: PEG-rhG-CSF
      armGroupLabels:
        - PEG-rhG-CSF group A
        - ${shortActingLabel}
      otherNames:
        - rhG-CSF
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
    {
      name: 'every arm names the pegylated product it is linked to',
      yaml: gcsf('PEG-rhG-CSF group B'),
    },
    {
      name: 'an arm that names both forms is read as receiving the pegylated one',
      yaml: gcsf('rhG-CSF or PEG-rhG-CSF group'),
    },
    {
      name: 'the plain product as an intervention of its own',
      yaml: `${gcsf('rhG-CSF group(short-acting )').replace('        - rhG-CSF group(short-acting )\n', '')}    - type: DRUG
      name: rhG-CSF
      armGroupLabels:
        - rhG-CSF group(short-acting )
`.replace('"Drug: PEG-rhG-CSF"\n  interventions', '"Drug: rhG-CSF"\n  interventions'),
    },
  ],
  invalid: [
    {
      name: 'a short-acting arm linked to the pegylated product only (NCT05531279)',
      yaml: gcsf('rhG-CSF group(short-acting )'),
      errors: [
        {
          pointer: '/armsInterventionsModule/armGroups/1/label',
          message:
            'Arm "rhG-CSF group(short-acting )" names "rhG-CSF" in its Arm/Group Title (armsInterventionsModule.armGroups[1].label), but the only intervention it receives is "PEG-rhG-CSF", a different (pegylated) product, whatever its other names say: add "rhG-CSF" to the interventions and link it to this arm, or correct the arm if it receives "PEG-rhG-CSF".',
          line: 8,
          column: 14,
        },
      ],
    },
    {
      name: 'the peptide vaccine and GM-CSF are not interventions (NCT00184067)',
      yaml: vaccine,
      errors: [
        {
          pointer: '/armsInterventionsModule/armGroups/0/label',
          message:
            'Arm "Peptide vaccine with Montanide ISA 51 + GM-CSF" names "vaccine", "gm-csf" in its Arm/Group Title (armsInterventionsModule.armGroups[0].label), which are not among the interventions: add each product the arm receives to the interventions and link it to the arm, so the regimen can be read from the record.',
          line: 3,
          column: 14,
        },
        {
          pointer: '/armsInterventionsModule/armGroups/1/label',
          message: /names "vaccine" in its Arm\/Group Title .*, which is not among/,
        },
      ],
    },
  ],
});
