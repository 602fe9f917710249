import { testRule } from '../testing/rule-tester.js';
import rule from './observational-design-required.js';

const complete = `designModule:
  studyType: OBSERVATIONAL
  designInfo:
    observationalModel: COHORT
    timePerspective: PROSPECTIVE
eligibilityModule:
  studyPopulation: Adults treated for asthma at three outpatient clinics.
  samplingMethod: NON_PROBABILITY_SAMPLE
`;

testRule(rule, {
  valid: [
    { name: 'a complete observational design', yaml: complete },
    {
      name: 'an interventional study needs none of it',
      yaml: 'designModule:\n  studyType: INTERVENTIONAL\n',
    },
    { name: 'a draft without a study type', yaml: 'eligibilityModule:\n  sex: ALL\n' },
  ],
  invalid: [
    {
      name: 'only the study type: the design answers at designModule, the eligibility ones at the study type',
      yaml: 'designModule:\n  studyType: OBSERVATIONAL\n',
      errors: [
        {
          pointer: '/designModule',
          message:
            'An observational study needs Observational Study Model (designModule.designInfo.observationalModel): for example Cohort (COHORT), Case-Control (CASE_CONTROL), Case-Only (CASE_ONLY) or Other (OTHER).',
          line: 1,
          column: 1,
        },
        {
          pointer: '/designModule',
          message:
            /^An observational study needs Time Perspective \(designModule\.designInfo\.timePerspective\): Prospective \(PROSPECTIVE\), Retrospective \(RETROSPECTIVE\), Cross-Sectional \(CROSS_SECTIONAL\) or Other \(OTHER\)\.$/,
        },
        {
          pointer: '/designModule/studyType',
          message:
            'An observational study needs Study Population Description (eligibilityModule.studyPopulation): describe the population the participants are drawn from, e.g. the clinics or registries that supply them.',
          line: 2,
          column: 14,
        },
        {
          pointer: '/designModule/studyType',
          message:
            /Sampling Method \(eligibilityModule\.samplingMethod\): Probability Sample \(PROBABILITY_SAMPLE\) or Non-Probability Sample \(NON_PROBABILITY_SAMPLE\)\.$/,
        },
      ],
    },
    {
      name: 'a blank study population and no time perspective',
      yaml: complete
        .replace('    timePerspective: PROSPECTIVE\n', '')
        .replace(/studyPopulation: .*\n/, 'studyPopulation: " "\n'),
      errors: [
        { pointer: '/designModule/designInfo', message: /timePerspective/, line: 3, column: 3 },
        { pointer: '/eligibilityModule/studyPopulation', message: /studyPopulation/, line: 6, column: 20 },
      ],
    },
    {
      name: 'sampling method missing from an eligibility module',
      yaml: complete.replace('  samplingMethod: NON_PROBABILITY_SAMPLE\n', ''),
      errors: [{ pointer: '/eligibilityModule', message: /samplingMethod/, line: 6, column: 1 }],
    },
  ],
});
