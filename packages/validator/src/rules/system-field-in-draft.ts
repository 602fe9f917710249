import { defineRule } from '../engine/rule.js';
import { isDraft } from '../rule-support/status-effective.js';
import { systemFields } from '../rule-support/status-system-fields.js';
import { fieldName } from '../rule-support/registry-words.js';

/** Reported by status-enterable, with the status it belongs to. */
const OWNED_ELSEWHERE = new Set(['/statusModule/lastKnownStatus']);

export default defineRule(
  {
    id: 'system-field-in-draft',
    defaultSeverity: 'warning',
    category: 'required',
    description: 'Disallow fields that the registry assigns in records that are not registered yet',
    registry: 'tool',
    source: 'TrialYAML',
    fixable: false,
  },
  ({ trial, report }) => {
    // Imported records carry what the registry assigned; only drafts are authored.
    if (!isDraft(trial)) return;
    for (const { pointer } of systemFields(trial)) {
      if (OWNED_ELSEWHERE.has(pointer)) continue;
      report({
        pointer,
        target: 'key',
        message: `${fieldName(pointer)} is assigned by the registry, not entered, and this record is not registered yet (it has no ${fieldName('/identificationModule/nctId')}); remove it.`,
      });
    }
  },
);
