import { describe, expect, it } from 'vitest';
import { lintTrial } from '../engine/lint-trial.js';
import type { Finding } from '../findings.js';
import type { Rule } from '../engine/rule.js';
import { applyFixes } from '../fixes/apply-fixes.js';

export interface ValidCase {
  name: string;
  yaml: string;
  asOf?: string;
}

export interface ExpectedFinding {
  pointer: string;
  /** Exact text, or a pattern. Omitted: not checked. */
  message?: string | RegExp;
  /** Default: the rule's default severity. */
  severity?: Finding['severity'];
  line?: number;
  column?: number;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
  /** The file after --fix; omitted when the rule offers no fix for this case. */
  output?: string;
}

const AS_OF = '2026-11-21';

/** Options of a table test. */
export interface TestRuleOptions {
  /** Other rules to run alongside (for rules about other rules' findings, such as suppressions). */
  companions?: readonly Rule[];
}

function lintOptions(rule: Rule, asOf: string | undefined, options: TestRuleOptions) {
  const rules = [rule, ...(options.companions ?? [])];
  return {
    rules,
    asOf: asOf ?? AS_OF,
    settings: new Map(rules.map((each) => [each.meta.id, each.meta.defaultSeverity] as const)),
  };
}

function run(rule: Rule, yaml: string, asOf: string | undefined, options: TestRuleOptions): Finding[] {
  const { report } = lintTrial(yaml, lintOptions(rule, asOf, options));
  const offTopic = report.findings.filter(
    (finding) => finding.ruleId === 'syntax' || finding.ruleId === 'schema',
  );
  // A rule test whose YAML is itself broken tests nothing: fail loudly.
  expect(offTopic, 'the test YAML must be free of syntax and schema findings').toEqual([]);
  return report.findings.filter((finding) => finding.ruleId === rule.meta.id);
}

/**
 * Table test for one rule, run with only that rule on: valid cases report nothing; invalid cases report
 * exactly the listed findings (in position order), and `output` pins what --fix makes of the file.
 */
export function testRule(
  rule: Rule,
  cases: { valid: ValidCase[]; invalid: InvalidCase[] },
  options: TestRuleOptions = {},
): void {
  describe(rule.meta.id, () => {
    if (cases.valid.length) {
      it.each(cases.valid)('valid: $name', ({ yaml, asOf }) => {
        expect(run(rule, yaml, asOf, options)).toEqual([]);
      });
    }
    it.each(cases.invalid)('invalid: $name', ({ yaml, asOf, errors, output }) => {
      const findings = run(rule, yaml, asOf, options);
      expect(findings.map((finding) => finding.pointer)).toEqual(errors.map((error) => error.pointer));
      findings.forEach((finding, index) => {
        const expected = errors[index] as ExpectedFinding;
        expect(finding.severity).toBe(expected.severity ?? rule.meta.defaultSeverity);
        if (typeof expected.message === 'string') expect(finding.message).toBe(expected.message);
        else if (expected.message) expect(finding.message).toMatch(expected.message);
        if (expected.line !== undefined) expect(finding.line).toBe(expected.line);
        if (expected.column !== undefined) expect(finding.column).toBe(expected.column);
        expect(finding.message).toMatch(/[.?!]$/);
      });
      if (output !== undefined) {
        expect(rule.meta.fixable).toBe(true);
        const fixed = applyFixes(yaml, lintOptions(rule, asOf, options));
        expect(fixed.text).toBe(output);
      }
    });
    it('has metadata that fits the catalogue', () => {
      expect(rule.meta.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rule.meta.description).toMatch(/^(Require|Disallow|Enforce) .+[^.]$/);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
  });
}
