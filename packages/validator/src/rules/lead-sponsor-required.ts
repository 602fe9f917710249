import { defineRule } from '../engine/rule.js';
import { requireValue } from '../rule-support/presence.js';

export default defineRule(
  {
    id: 'lead-sponsor-required',
    defaultSeverity: 'error',
    category: 'required',
    description: 'Require the name of the lead sponsor',
    registry: 'error',
    source: 'REQ-LEAD-SPONSOR',
    fixable: false,
  },
  ({ trial, report }) => {
    const finding = requireValue(
      trial,
      '/sponsorCollaboratorsModule/leadSponsor/name',
      'name the organization or person that initiates the study and is responsible for it (up to 160 characters)',
    );
    if (finding) report(finding);
  },
);
