import { defineRule } from '../engine/rule.js';
import { requireValue } from '../rule-support/presence.js';

export default defineRule(
  {
    id: 'brief-summary-required',
    defaultSeverity: 'error',
    category: 'required',
    description: 'Require a brief summary',
    registry: 'error',
    source: 'REQ-BRIEF-SUMMARY',
    fixable: false,
  },
  ({ trial, report }) => {
    const finding = requireValue(
      trial,
      '/descriptionModule/briefSummary',
      "describe the study's purpose and hypothesis in plain language (up to 5000 characters)",
    );
    if (finding) report(finding);
  },
);
