import { defineRule } from '../engine/rule.js';
import { monthOf } from '../rule-support/partial-date.js';
import { requireValue } from '../rule-support/presence.js';

const POINTER = '/statusModule/statusVerifiedDate';

export default defineRule(
  {
    id: 'status-verified-date-required',
    defaultSeverity: 'error',
    category: 'required',
    description: 'Require the month the record was last verified',
    registry: 'error',
    source: 'REQ-VERIFIED-DATE',
    fixable: false,
  },
  ({ trial, asOf, report }) => {
    const month = monthOf(asOf);
    const finding = requireValue(
      trial,
      POINTER,
      `give the month in which the record's information was last checked as yyyy-MM, e.g. ${month} when you verify it now`,
    );
    if (!finding) return;
    // Verifying is a person's act, so this month is offered, never applied by --fix.
    const status = trial.statusModule;
    const canAdd = finding.pointer === '/statusModule' && status !== null && typeof status === 'object';
    report({
      ...finding,
      ...(canAdd
        ? {
            suggestions: [
              {
                title: `Add statusVerifiedDate: ${month} (verified this month)`,
                fix: [
                  {
                    op: 'add-key' as const,
                    pointer: '/statusModule',
                    key: 'statusVerifiedDate',
                    value: month,
                  },
                ],
              },
            ],
          }
        : {}),
    });
  },
);
