import { defineRule } from '../engine/rule.js';
import { requireValue } from '../rule-support/presence.js';
import { valueChoices } from '../rule-support/value-choices.js';

export default defineRule(
  {
    id: 'responsible-party-required',
    defaultSeverity: 'error',
    category: 'required',
    description: 'Require the type of the responsible party',
    registry: 'error',
    source: 'REQ-RESPONSIBLE-PARTY',
    fixable: false,
  },
  ({ trial, report }) => {
    const pointer = '/sponsorCollaboratorsModule/responsibleParty/type';
    const finding = requireValue(
      trial,
      pointer,
      `choose who registers the study and reports its results, ${valueChoices(pointer, ['SPONSOR', 'PRINCIPAL_INVESTIGATOR', 'SPONSOR_INVESTIGATOR'])}`,
    );
    if (finding) report(finding);
  },
);
