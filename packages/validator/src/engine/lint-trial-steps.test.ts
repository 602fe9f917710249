import { loadTrial } from '@trialyaml/core';
import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.js';
import { presetSettings } from './severity-config.js';
import { lintTrial, lintTrialSteps } from './lint-trial.js';

const TEXT =
  'identificationModule:\n  briefTitle: " padded "\n  acronym: FAR-TOO-LONG-ACRONYM\nstatusModule:\n  overallStatus: nope\n';
const settings = presetSettings('recommended', allRules);
const options = { filePath: 'a.trial.yaml', rules: allRules, settings, asOf: '2026-11-21' };
const enabled = allRules.filter(
  (rule) => (settings.get(rule.meta.id) ?? 'off') !== 'off' && rule.meta.category !== 'suppressions',
).length;

/** Runs the steps to the end; the outcome and how many pauses it made. */
function drain(steps: Generator<void, ReturnType<typeof lintTrial>, void>) {
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { outcome: step.value, pauses };
    pauses++;
  }
}

describe('lintTrialSteps', () => {
  it('gives the outcome of lintTrial, pausing after the read and before each enabled rule', () => {
    const { outcome, pauses } = drain(lintTrialSteps(TEXT, options));
    expect(outcome.report).toEqual(lintTrial(TEXT, options).report);
    expect(outcome.report.findings.length).toBeGreaterThan(2);
    expect(pauses).toBe(1 + enabled);
  });

  it('uses a trial already read instead of reading the content again', () => {
    const read = loadTrial(TEXT, { filename: 'a.trial.yaml' });
    const { outcome } = drain(lintTrialSteps(TEXT, options, read));
    expect(outcome.trial).toBe(read);
    expect(outcome.report).toEqual(lintTrial(TEXT, options).report);
  });

  it('does not pause on content it cannot read', () => {
    const { outcome, pauses } = drain(lintTrialSteps('a: 1\na: 2\n', options));
    expect(pauses).toBe(0);
    expect(outcome.report.findings.map((finding) => finding.ruleId)).toEqual(['syntax']);
  });

  it('can be abandoned between rules, and a later lint is unaffected', () => {
    const steps = lintTrialSteps(TEXT, options);
    for (let i = 0; i < 5; i++) expect(steps.next().done).toBe(false);
    expect(steps.return(undefined as never).done).toBe(true);
    expect(lintTrial(TEXT, options).report).toEqual(drain(lintTrialSteps(TEXT, options)).outcome.report);
  });
});
