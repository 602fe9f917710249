import { defineRule } from '../engine/rule.js';
import { requireValue } from '../rule-support/presence.js';

export default defineRule(
  {
    id: 'official-title-required',
    defaultSeverity: 'error',
    category: 'required',
    description: 'Require an official title',
    registry: 'error',
    source: 'REQ-OFFICIAL-TITLE',
    fixable: false,
    since: '2017-01-18',
  },
  ({ trial, report }) => {
    const finding = requireValue(
      trial,
      '/identificationModule/officialTitle',
      "write the protocol's full scientific title (up to 600 characters)",
    );
    if (finding) report(finding);
  },
);
