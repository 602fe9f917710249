import { testRule } from '../testing/rule-tester.js';
import rule from './interventional-design-not-observational.js';

const file = (
  studyType: string,
  modelDescription: string,
  title = 'Probiotics and PD-1 Inhibitors in Liver Cancer',
): string =>
  `identificationModule:\n  briefTitle: ${title}\ndesignModule:\n  studyType: ${studyType}\n  designInfo:\n    interventionModelDescription: ${modelDescription}\n`;

testRule(rule, {
  valid: [
    {
      name: 'a randomized design',
      yaml: file('INTERVENTIONAL', 'Participants are randomized 1:1 to M9 or placebo.'),
    },
    {
      name: 'an observational study may say so',
      yaml: 'designModule:\n  studyType: OBSERVATIONAL\n  designInfo:\n    observationalModel: COHORT\n    timePerspective: RETROSPECTIVE\n',
    },
    {
      name: 'a single-arm study compared with historical controls',
      yaml: file('INTERVENTIONAL', 'Single-arm study; outcomes are compared with historical controls.'),
    },
  ],
  invalid: [
    {
      name: 'the design description says retrospective',
      yaml: file('INTERVENTIONAL', 'Retrospective chart review of patients treated with sorafenib.'),
      errors: [
        {
          pointer: '/designModule/designInfo/interventionModelDescription',
          message:
            'Model Description (designModule.designInfo.interventionModelDescription) says "Retrospective chart review", but Study Type (designModule.studyType) is Interventional (INTERVENTIONAL): in an interventional study the investigators assign the interventions to participants. If they do not, register it as Observational (OBSERVATIONAL); otherwise correct the text.',
          line: 6,
          column: 35,
        },
      ],
    },
    {
      name: 'the title says observational',
      yaml: file('INTERVENTIONAL', 'Single group.', 'An Observational Study of Sleep in Shift Workers'),
      errors: [{ pointer: '/identificationModule/briefTitle', message: /says "Observational Study"/ }],
    },
  ],
});
