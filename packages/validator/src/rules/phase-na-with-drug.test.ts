import { testRule } from '../testing/rule-tester.js';
import rule from './phase-na-with-drug.js';

const study = (phases: string, purpose: string, type: string) =>
  `designModule:
  studyType: INTERVENTIONAL
  phases: ${phases}
  designInfo:
    primaryPurpose: ${purpose}
armsInterventionsModule:
  interventions:
    - type: ${type}
      name: Metformin
`;

testRule(rule, {
  valid: [
    { name: 'drug treatment trial with a phase', yaml: study('[PHASE3]', 'TREATMENT', 'DRUG') },
    { name: 'device trial without phases', yaml: study('[NA]', 'TREATMENT', 'DEVICE') },
    { name: 'drug given for basic science', yaml: study('[NA]', 'BASIC_SCIENCE', 'DRUG') },
    {
      name: 'draft without a primary purpose',
      yaml: 'designModule:\n  phases: [NA]\narmsInterventionsModule:\n  interventions:\n    - type: DRUG\n      name: Metformin\n',
    },
  ],
  invalid: [
    {
      name: 'drug treatment trial marked NA',
      yaml: study('[NA]', 'TREATMENT', 'DRUG'),
      errors: [
        {
          pointer: '/designModule/phases/0',
          message:
            'The study gives "Drug: Metformin" for Treatment (TREATMENT) but Study Phase (designModule.phases) is Not Applicable (NA): if the trial has a phase (e.g. it runs under an IND), give it; keep NA only for a trial without phases.',
          line: 3,
          column: 12,
        },
      ],
    },
    {
      name: 'vaccine prevention trial marked NA',
      yaml: study('[NA]', 'PREVENTION', 'BIOLOGICAL'),
      errors: [
        {
          pointer: '/designModule/phases/0',
          message: /"Biological: Metformin" for Prevention \(PREVENTION\)/,
        },
      ],
    },
  ],
});
