import { testRule } from '../testing/rule-tester.js';
import rule from './phase-na-without-drug.js';

const study = (phases: string, types: string[]) =>
  `designModule:
  studyType: INTERVENTIONAL
  phases: ${phases}
armsInterventionsModule:
  interventions:
${types.map((type, i) => `    - type: ${type}\n      name: Intervention ${i + 1}\n`).join('')}`;

testRule(rule, {
  valid: [
    { name: 'device study without phases', yaml: study('[NA]', ['DEVICE']) },
    { name: 'drug study with a phase', yaml: study('[PHASE2]', ['DRUG', 'BEHAVIORAL']) },
    { name: 'biological product', yaml: study('[PHASE1, PHASE2]', ['BIOLOGICAL']) },
    { name: 'combination product may contain a drug', yaml: study('[PHASE3]', ['COMBINATION_PRODUCT']) },
    { name: 'genetic intervention', yaml: study('[PHASE1]', ['GENETIC']) },
    {
      name: 'an intervention without a type may be the drug',
      yaml: 'designModule:\n  studyType: INTERVENTIONAL\n  phases: [PHASE2]\narmsInterventionsModule:\n  interventions:\n    - type: DEVICE\n      name: Pump\n    - name: Insulin\n',
    },
    {
      // NCT01126879 (Northwestern University, NCI): genistein studied as a drug in a phase 2 trial.
      name: 'dietary supplement studied as an FDA-regulated drug',
      yaml: `oversightModule:
  isFdaRegulatedDrug: true
  isFdaRegulatedDevice: false
designModule:
  studyType: INTERVENTIONAL
  phases:
    - PHASE2
armsInterventionsModule:
  interventions:
    - type: DIETARY_SUPPLEMENT
      name: genistein
      description: Given orally
    - type: OTHER
      name: placebo
      description: Given orally
    - type: PROCEDURE
      name: therapeutic conventional surgery
      description: Radical prostatectomy for treatment of prostate cancer
`,
    },
    {
      name: 'draft without interventions',
      yaml: 'designModule:\n  studyType: INTERVENTIONAL\n  phases: [PHASE2]\n',
    },
    {
      name: 'observational study (interventional-only-fields reports the phases)',
      yaml: study('[PHASE2]', ['BEHAVIORAL']).replace('INTERVENTIONAL', 'OBSERVATIONAL'),
    },
  ],
  invalid: [
    {
      name: 'behavioral study with a phase',
      yaml: study('[PHASE2]', ['BEHAVIORAL', 'OTHER', 'BEHAVIORAL']),
      errors: [
        {
          pointer: '/designModule/phases',
          message:
            'No intervention is a drug or biological product (Intervention Type: Behavioral (BEHAVIORAL), Other (OTHER)), and only drug trials have phases: set Study Phase (designModule.phases) to Not Applicable (NA) instead of Phase 2 (PHASE2).',
          line: 3,
          column: 3,
        },
      ],
    },
    {
      name: 'the same study without the FDA drug answer',
      yaml:
        'oversightModule:\n  isFdaRegulatedDrug: false\n' +
        study('[PHASE2]', ['DIETARY_SUPPLEMENT', 'OTHER', 'PROCEDURE']),
      errors: [
        {
          pointer: '/designModule/phases',
          message:
            /\(Intervention Type: Dietary Supplement \(DIETARY_SUPPLEMENT\), Other \(OTHER\), Procedure \(PROCEDURE\)\)/,
        },
      ],
    },
    {
      name: 'device study with two phases',
      yaml: study('[PHASE2, PHASE3]', ['DEVICE']),
      errors: [
        {
          pointer: '/designModule/phases',
          message: /to Not Applicable \(NA\) instead of Phase 2 \(PHASE2\) and Phase 3 \(PHASE3\)\.$/,
        },
      ],
    },
    {
      name: 'draft without a study type',
      yaml: 'designModule:\n  phases: [EARLY_PHASE1]\narmsInterventionsModule:\n  interventions:\n    - type: PROCEDURE\n      name: Surgery\n',
      errors: [{ pointer: '/designModule/phases' }],
    },
  ],
});
