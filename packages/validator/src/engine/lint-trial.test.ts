import { describe, expect, it } from 'vitest';
import { lintTrial as lintText } from './lint-trial.js';

describe('lintText', () => {
  it('turns schema findings into positioned findings, sorted by position', () => {
    const { report } = lintText(
      'statusModule:\n  overallStatus: nope\nidentificationModule:\n  acronym: FAR-TOO-LONG-ACRONYM\n',
      { filePath: 'a.trial.yaml' },
    );
    expect(report).toMatchObject({ filePath: 'a.trial.yaml', errorCount: 2, warningCount: 0, infoCount: 0 });
    expect(
      report.findings.map((message) => [
        message.ruleId,
        message.pointer,
        message.line,
        message.column,
        message.endColumn,
      ]),
    ).toEqual([
      ['schema', '/statusModule/overallStatus', 2, 18, 22],
      ['schema', '/identificationModule/acronym', 4, 12, 32],
    ]);
  });

  it('stops at reading problems: no schema findings on data it could not trust', () => {
    const { report, trial } = lintText('statusModule:\n  overallStatus: nope\n  overallStatus: again\n');
    expect(trial.ok).toBe(false);
    expect(report.findings).toEqual([
      expect.objectContaining({
        ruleId: 'syntax',
        severity: 'error',
        pointer: null,
        line: 3,
        column: 3,
        message: expect.stringMatching(/Duplicate key "overallStatus"/),
      }),
    ]);
  });

  it('keeps reading warnings and still validates', () => {
    const { report } = lintText('identificationModule:\n  briefTitle: !shout hi\n');
    expect(report.findings.map((message) => [message.ruleId, message.severity])).toEqual([
      ['syntax', 'warning'],
    ]);
    expect(report.warningCount).toBe(1);
  });
});
