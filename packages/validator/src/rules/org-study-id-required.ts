import { defineRule } from '../engine/rule.js';
import { requireValue } from '../rule-support/presence.js';

export default defineRule(
  {
    id: 'org-study-id-required',
    defaultSeverity: 'error',
    category: 'required',
    description: "Require the sponsor's unique protocol ID",
    registry: 'error',
    source: 'REQ-ORG-STUDY-ID',
    fixable: false,
  },
  ({ trial, report }) => {
    const finding = requireValue(
      trial,
      '/identificationModule/orgStudyIdInfo/id',
      "write the sponsor's unique identifier of the protocol, e.g. its protocol number (up to 30 characters)",
    );
    if (finding) report(finding);
  },
);
