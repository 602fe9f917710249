import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AS_OF, runCli, tempProject } from './run-cli.js';

interface JsonResult {
  messages: Array<{ ruleId: string; line: number; column: number; endLine: number }>;
}

describe('trialyaml new (real binary)', () => {
  it('writes a draft whose only findings point at what is still to write', () => {
    const dir = tempProject({});
    const run = runCli(['new', '-o', 'drafts/P-1.trial.yaml', '--as-of', AS_OF], { cwd: dir });
    expect(run.status).toBe(0);
    const draft = readFileSync(join(dir, 'drafts/P-1.trial.yaml'), 'utf8');
    expect(draft).toMatch(/^# yaml-language-server: \$schema=/);
    expect(draft).toContain('statusVerifiedDate: 2026-11');
    const lint = runCli(['lint', 'drafts', '-f', 'json', '--as-of', AS_OF], { cwd: dir });
    const [result] = JSON.parse(lint.stdout) as JsonResult[];
    // Every finding stands on a TBD placeholder (or on the criteria text around the TBD items), the template's
    // word for what only the author can write.
    const lines = draft.split('\n');
    const findings = result?.messages ?? [];
    expect(findings.length).toBeGreaterThan(10);
    const rangeText = (message: JsonResult['messages'][number]): string =>
      lines
        .slice(message.line - 1, message.endLine)
        .join('\n')
        .slice(message.column - 1);
    const elsewhere = findings.filter((message) => !rangeText(message).includes('TBD'));
    expect(elsewhere).toEqual([]);
  });

  it('prints the draft without -o and refuses to overwrite without --force', () => {
    const dir = tempProject({ 'a.trial.yaml': 'x: 1\n' });
    expect(runCli(['new', '--as-of', AS_OF], { cwd: dir }).stdout).toContain('identificationModule:');
    const refused = runCli(['new', '-o', 'a.trial.yaml'], { cwd: dir });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/a\.trial\.yaml exists; use --force/);
    expect(readFileSync(join(dir, 'a.trial.yaml'), 'utf8')).toBe('x: 1\n');
    expect(runCli(['new', '-o', 'a.trial.yaml', '--force'], { cwd: dir }).status).toBe(0);
  });

  it('writes the Unique Protocol ID given with --org-study-id, and refuses one the registry would not take', () => {
    const dir = tempProject({});
    const run = runCli(['new', '--org-study-id', ' 2024-017 ', '--as-of', AS_OF], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      "  orgStudyIdInfo:\n    id: 2024-017 # your organization's protocol number\n",
    );
    // A numeric-looking ID is quoted, so that it stays a string.
    const numeric = runCli(['new', '--org-study-id', '12345'], { cwd: dir });
    expect(numeric.stdout).toContain('    id: "12345" #');
    const tooLong = runCli(['new', '--org-study-id', 'x'.repeat(31), '-o', 'long.trial.yaml'], { cwd: dir });
    expect(tooLong.status).toBe(2);
    expect(tooLong.stderr).toContain(
      '--org-study-id: The Unique Protocol Identification Number is 31 characters long',
    );
    expect(() => readFileSync(join(dir, 'long.trial.yaml'))).toThrow();
  });
});
