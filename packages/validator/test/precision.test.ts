import { describe, expect, it } from 'vitest';
import * as validator from '../src/index.js';
// @ts-expect-error -- a plain .mjs script without type declarations
import { judge, realRecords } from '../scripts/precision.mjs';

interface Judged {
  record: { group: string; id: string; path: string };
  reviewed: boolean;
  findings: Array<{
    finding: validator.Finding;
    verdict: boolean | undefined;
  }>;
  missing: Array<{ rule: string; pointer: string }>;
}

const blocking = (severity: string): boolean => severity === 'error' || severity === 'warning';
const describeFinding = ({ ruleId, severity, pointer, message }: validator.Finding): string =>
  `${severity} ${ruleId} ${pointer ?? ''}: ${message}`;

// Real registry records, linted as a coordinator would, against what a registry reviewer said of each finding
// (fixtures/reviewed/). A new false positive cannot land silently: every finding at error or warning must have
// been reviewed, none of them may be one a reviewer called false, and none a reviewer agreed with may vanish.
describe('the precision suite on real records', () => {
  const judged = judge(validator) as Judged[];

  it('covers every real record, each with a review file', () => {
    expect((realRecords() as unknown[]).length).toBe(judged.length);
    expect(judged.filter((entry) => !entry.reviewed).map((entry) => entry.record.path)).toEqual([]);
    expect(judged.length).toBeGreaterThanOrEqual(32);
  });

  it.each(judged.map((entry) => [entry.record.path, entry] as const))(
    '%s: no unreviewed or false finding at error/warning, no agreed finding gone',
    (_path, entry) => {
      const open = entry.findings.filter(
        ({ finding, verdict }) => verdict !== true && blocking(finding.severity),
      );
      expect(
        open.map(
          ({ finding, verdict }) =>
            `${verdict === false ? 'FALSE' : 'UNREVIEWED'} ${describeFinding(finding)}`,
        ),
      ).toEqual([]);
      expect(entry.missing.map((review) => `${review.rule} ${review.pointer}`)).toEqual([]);
    },
  );
});
