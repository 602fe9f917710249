import { testRule } from '../testing/rule-tester.js';
import rule from './reference-citation-required.js';

testRule(rule, {
  valid: [
    {
      name: 'a citation with a PMID',
      yaml: 'referencesModule:\n  references:\n    - pmid: "37637501"\n      type: RESULT\n      citation: Guo J, et al. J Hepatocell Carcinoma. 2023;10:1379-1388.\n',
    },
    {
      name: 'a PMID alone (the registry fills the citation in)',
      yaml: 'referencesModule:\n  references:\n    - pmid: "37637501"\n',
    },
    {
      name: 'a citation alone',
      yaml: 'referencesModule:\n  references:\n    - citation: Doe J. A study. Lancet. 2020;1:1-2.\n',
    },
    { name: 'no references', yaml: 'referencesModule: {}\n' },
  ],
  invalid: [
    {
      name: 'a reference with only a type',
      yaml: 'referencesModule:\n  references:\n    - type: BACKGROUND\n',
      errors: [
        {
          pointer: '/referencesModule/references/0',
          message:
            'The reference at referencesModule.references[0] has neither Citation (citation) nor PubMed Identifier (pmid): give the bibliographic citation in citation, or the PubMed ID in pmid (the registry fills the citation in from it).',
          line: 3,
          column: 7,
        },
      ],
    },
    {
      name: 'a blank citation: at the citation',
      yaml: 'referencesModule:\n  references:\n    - citation: ""\n      type: BACKGROUND\n',
      errors: [{ pointer: '/referencesModule/references/0/citation', line: 3, column: 17 }],
    },
    {
      name: 'a blank PMID and no citation: at the PMID',
      yaml: 'referencesModule:\n  references:\n    - citation: Doe J. 2020.\n    - pmid: " "\n',
      errors: [
        {
          pointer: '/referencesModule/references/1/pmid',
          message:
            /^The reference at referencesModule\.references\[1\] has neither Citation \(citation\) nor PubMed Identifier \(pmid\)/,
          line: 4,
          column: 13,
        },
      ],
    },
  ],
});
