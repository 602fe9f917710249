import { testRule } from '../testing/rule-tester.js';
import rule from './observational-only-fields.js';

testRule(rule, {
  valid: [
    {
      name: 'interventional study without observational fields',
      yaml: 'designModule:\n  studyType: INTERVENTIONAL\n  designInfo:\n    allocation: RANDOMIZED\neligibilityModule:\n  sex: ALL\n',
    },
    {
      name: 'observational study with its fields',
      yaml: 'designModule:\n  studyType: OBSERVATIONAL\n  patientRegistry: true\n  targetDuration: 12 Months\n  bioSpec:\n    retention: NONE_RETAINED\neligibilityModule:\n  samplingMethod: PROBABILITY_SAMPLE\n',
    },
    {
      name: 'draft without a study type',
      yaml: 'eligibilityModule:\n  studyPopulation: Adults seen in the clinic.\n',
    },
  ],
  invalid: [
    {
      name: 'interventional study with an observational model and population',
      yaml: `designModule:
  studyType: INTERVENTIONAL
  designInfo:
    allocation: RANDOMIZED
    timePerspective: PROSPECTIVE
eligibilityModule:
  studyPopulation: Adults with asthma.
  samplingMethod: NON_PROBABILITY_SAMPLE
`,
      errors: [
        {
          pointer: '/designModule/designInfo/timePerspective',
          message:
            'Time Perspective (designModule.designInfo.timePerspective) describes observational studies only: remove it from this interventional study (or correct Study Type (designModule.studyType)).',
          line: 5,
          column: 5,
        },
        { pointer: '/eligibilityModule/studyPopulation' },
        { pointer: '/eligibilityModule/samplingMethod' },
      ],
    },
    {
      name: 'interventional study marked as a registry, with biospecimens',
      yaml: 'designModule:\n  studyType: INTERVENTIONAL\n  patientRegistry: false\n  bioSpec:\n    retention: SAMPLES_WITH_DNA\n',
      errors: [
        {
          pointer: '/designModule/patientRegistry',
          message: /^Patient Registry \(designModule\.patientRegistry\) describes observational studies only/,
        },
        { pointer: '/designModule/bioSpec' },
      ],
    },
  ],
});
