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
    {
      name: 'a prospective cohort of participants given the drug',
      yaml: file('INTERVENTIONAL', 'A prospective cohort of 30 patients will receive M9 in dose cohorts.'),
    },
    {
      name: 'a trial nested in a prospective cohort study',
      yaml: file(
        'INTERVENTIONAL',
        'Single group.',
        'A Randomized Trial of Exercise Within a Prospective Cohort Study of Older Adults',
      ),
    },
    {
      name: 'a non-randomized prospective cohort study is left alone',
      yaml: file('INTERVENTIONAL', 'Non-randomized, prospective cohort study; all participants receive M9.'),
    },
    {
      name: 'an observational study may call itself a prospective cohort study',
      yaml: 'identificationModule:\n  briefTitle: Sleep in Shift Workers, a Prospective Cohort Study\ndesignModule:\n  studyType: OBSERVATIONAL\n',
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
      name: 'the title says prospective cohort study (seeded on NCT06341426)',
      yaml: file(
        'INTERVENTIONAL',
        'Participants are randomized 1:1 to one or two doses.',
        "'Psilocybin-Assisted Psychotherapy for Treatment-Resistant Depression: A Prospective Cohort Study of One Versus Two Doses (PSI-1V2)'",
      ),
      errors: [
        {
          pointer: '/identificationModule/briefTitle',
          message:
            'Brief Title (identificationModule.briefTitle) says "Prospective Cohort Study", but Study Type (designModule.studyType) is Interventional (INTERVENTIONAL): in an interventional study the investigators assign the interventions to participants. If they do not, register it as Observational (OBSERVATIONAL); otherwise correct the text.',
        },
      ],
    },
    {
      name: 'the design description says prospective, cohort design',
      yaml: file('INTERVENTIONAL', 'Prospective, cohort design; patients are followed for 12 months.'),
      errors: [
        {
          pointer: '/designModule/designInfo/interventionModelDescription',
          message: /says "Prospective, cohort design"/,
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
