import { defineRule } from '../engine/rule.js';
import { requireValue } from '../rule-support/presence.js';

export default defineRule(
  {
    id: 'study-type-required',
    defaultSeverity: 'error',
    category: 'required',
    description: 'Require the study type',
    registry: 'error',
    source: 'REQ-STUDY-TYPE',
    fixable: false,
  },
  ({ trial, report }) => {
    const finding = requireValue(
      trial,
      '/designModule/studyType',
      'choose INTERVENTIONAL (participants are assigned to interventions), OBSERVATIONAL or EXPANDED_ACCESS',
    );
    if (finding) report(finding);
  },
);
