import { defineRule } from '../engine/rule.js';
import { requireValue } from '../rule-support/presence.js';
import { valueName } from '../rule-support/registry-words.js';

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
    const pointer = '/designModule/studyType';
    const finding = requireValue(
      trial,
      pointer,
      `choose ${valueName(pointer, 'INTERVENTIONAL')} if participants are assigned to interventions, else ${valueName(pointer, 'OBSERVATIONAL')} or ${valueName(pointer, 'EXPANDED_ACCESS')}`,
    );
    if (finding) report(finding);
  },
);
