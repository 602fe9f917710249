import { defineRule } from '../engine/rule.js';
import { requireValue } from '../rule-support/presence.js';

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
    const finding = requireValue(
      trial,
      '/sponsorCollaboratorsModule/responsibleParty/type',
      'choose SPONSOR, PRINCIPAL_INVESTIGATOR or SPONSOR_INVESTIGATOR (who registers the study and reports its results)',
    );
    if (finding) report(finding);
  },
);
