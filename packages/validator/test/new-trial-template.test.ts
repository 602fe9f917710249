import { getAtPointer, loadTrial, newTrialDraft } from '@trialyaml/core';
import { describe, expect, it } from 'vitest';
import { allRules, lintTrial, presetSettings } from '../src/index.js';

// Core's new-trial template leaves what only the author can write as "TBD". Linted with every rule, a fresh
// draft may be reported only where a placeholder stands: the template itself makes no other mistake. A finding
// on a longer text (the criteria, with TBD under each heading) stands on the value that holds the placeholder.
describe("core's new-trial template, linted", () => {
  it.each(['2026-11-21', '2026-12-31', '2027-01-01', '2028-02-29'])(
    'is reported only at its TBD placeholders as of %s',
    (today) => {
      const text = newTrialDraft({ today });
      const lines = text.split('\n');
      const { report } = lintTrial(text, {
        filePath: 'new.trial.yaml',
        asOf: today,
        rules: allRules,
        settings: presetSettings('strict', allRules),
      });
      expect(report.findings.length).toBeGreaterThan(10);
      const data = loadTrial(text).data;
      const elsewhere = report.findings.filter((message) => {
        const line = lines[message.line - 1] ?? '';
        if (line.slice(message.column - 1, message.column + 2) === 'TBD') return false;
        const value = message.pointer === null ? undefined : getAtPointer(data, message.pointer);
        return !(typeof value === 'string' && value.includes('\n') && /^\* TBD$/m.test(value));
      });
      expect(elsewhere.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`)).toEqual([]);
    },
  );
});
