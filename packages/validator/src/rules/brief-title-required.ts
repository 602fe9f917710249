import { defineRule } from '../engine/rule.js';
import { requireValue } from '../rule-support/presence.js';

export default defineRule(
  {
    id: 'brief-title-required',
    defaultSeverity: 'error',
    category: 'required',
    description: 'Require a brief title',
    registry: 'error',
    source: 'REQ-BRIEF-TITLE',
    fixable: false,
  },
  ({ trial, report }) => {
    const finding = requireValue(
      trial,
      '/identificationModule/briefTitle',
      'write a short title in plain language that says what is studied and in whom (up to 300 characters)',
    );
    if (finding) report(finding);
  },
);
