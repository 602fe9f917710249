import { defineRule } from '../engine/rule.js';
import { isBlank, missingAt } from '../rule-support/presence.js';
import { fieldLabelOf, keyPath } from '../rule-support/registry-words.js';

export default defineRule(
  {
    id: 'reference-citation-required',
    defaultSeverity: 'error',
    category: 'required',
    description: 'Require a citation or a PubMed ID for every reference',
    registry: 'error',
    source: 'REQ-REFERENCE',
    fixable: false,
  },
  ({ trial, report }) => {
    (trial.referencesModule?.references ?? []).forEach((reference, index) => {
      if (!isBlank(reference.citation) || !isBlank(reference.pmid)) return;
      const item = `/referencesModule/references/${index}`;
      report({
        ...(reference.pmid === undefined
          ? missingAt(trial, `${item}/citation`)
          : { pointer: `${item}/pmid` }),
        message: `The reference at ${keyPath(item)} has neither ${fieldLabelOf(`${item}/citation`)} (citation) nor ${fieldLabelOf(`${item}/pmid`)} (pmid): give the bibliographic citation in citation, or the PubMed ID in pmid (the registry fills the citation in from it).`,
      });
    });
  },
);
