import { testRule } from '../testing/rule-tester.js';
import rule from './acronym-not-in-brief-title.js';

const identification = (title: string, acronym: string) =>
  `identificationModule:\n  briefTitle: ${title}\n  acronym: ${acronym}\n`;

testRule(rule, {
  valid: [
    {
      name: 'acronym only in its field',
      yaml: identification('Vitamin D to Prevent Asthma Attacks in Children', 'VIDA'),
    },
    {
      name: 'the same letters in another case are a word',
      yaml: identification('Hope and Resilience After Stroke', 'HOPE'),
    },
    { name: 'part of a longer word', yaml: identification('Trial of PROTECTOR Gel', 'PROTECT') },
    { name: 'followed by a digit', yaml: identification('The VIDA2 Follow-up Study', 'VIDA') },
    { name: 'after a letter outside the BMP', yaml: identification('A 𝐀VIDA Study', 'VIDA') },
    { name: 'a later occurrence is no word either', yaml: identification('xVIDA and VIDAx', 'VIDA') },
    { name: 'no acronym', yaml: 'identificationModule:\n  briefTitle: A Study (ABC)\n' },
  ],
  invalid: [
    {
      name: 'acronym in brackets at the end',
      yaml: identification('Vitamin D to Prevent Asthma Attacks in Children (VIDA)', 'VIDA'),
      errors: [
        {
          pointer: '/identificationModule/briefTitle',
          message:
            'Brief Title (identificationModule.briefTitle) contains the acronym "VIDA", which the registry already shows after the title: remove it from the Brief Title.',
          line: 2,
          column: 15,
        },
      ],
    },
    {
      name: 'acronym as a prefix',
      yaml: identification('"HOPE-3: Heart Outcomes Prevention Evaluation"', 'HOPE-3'),
      errors: [{ pointer: '/identificationModule/briefTitle', message: /the acronym "HOPE-3"/ }],
    },
    {
      name: 'acronym inside the title',
      yaml: identification('The STAR Study of Tamoxifen and Raloxifene', 'STAR'),
      errors: [{ pointer: '/identificationModule/briefTitle' }],
    },
  ],
});
