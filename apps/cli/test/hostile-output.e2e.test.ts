// The real binary on a hostile corpus: terminal escapes (OSC, CSI, C1), line breaks and GitHub workflow commands in
// field values, comments and file names. No format lets any of them reach the terminal or the CI log raw.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AS_OF, cleanTrial, runCli, tempProject, type CliRun } from './run-cli.js';

/** A file name with an OSC retitle, a line break and a workflow command. */
const hostileName = '\u001b]0;pwned\u0007\n::error file=x.yaml,line=1::fake.trial.yaml';
/** A value (YAML double-quoted escapes) holding ESC, BEL, a line break, a workflow command, NEL and U+2028. */
const hostileValue = String.raw`"\e[2J\e]0;pwned\a\n::error file=a.yaml,line=1::injected\N\L##[error]legacy"`;
const files = {
  // Valid YAML: the escapes make the value; the schema finding quotes it.
  [hostileName]: cleanTrial.replace('overallStatus: RECRUITING', `overallStatus: ${hostileValue}`),
  // Raw control characters in a comment on a line with a finding (the code frame shows that line).
  'comment.trial.yaml': cleanTrial.replace(
    'overallStatus: RECRUITING',
    'overallStatus: recruiting # \u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007 \u009b2J',
  ),
  // A line break inside a quoted value, written raw.
  'value.trial.yaml': cleanTrial.replace(
    'overallStatus: RECRUITING',
    'overallStatus: "x\n  ::error file=b.yaml::line two"',
  ),
};

// C0 controls but tab and line feed, DEL, C1, the Unicode line separators, bidirectional overrides.
// eslint-disable-next-line no-control-regex -- the characters that must never be printed raw
const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;
/** A line a GitHub runner reads as a workflow command (it trims the line first). */
const WORKFLOW_COMMAND = /^\s*(?:::|##\[)/;
// eslint-disable-next-line no-control-regex -- the colours the human formats write themselves
const OWN_COLOURS = /\u001b\[[0-9;]*m/g;

function checkOutput(run: CliRun): string[] {
  for (const text of [run.stdout, run.stderr]) {
    const withoutColours = text.replace(OWN_COLOURS, '');
    const raw = RAW_CONTROL.exec(withoutColours);
    expect(raw, `raw U+${raw?.[0].charCodeAt(0).toString(16)} in ${JSON.stringify(text)}`).toBeNull();
  }
  return [...run.stdout.split('\n'), ...run.stderr.split('\n')]
    .map((line) => line.replace(OWN_COLOURS, ''))
    .filter((line) => WORKFLOW_COMMAND.test(line));
}

describe('hostile text in every output format (real binary)', () => {
  const dir = tempProject(files);
  const lint = (format: string, colour: boolean): CliRun =>
    runCli(['lint', '--as-of', AS_OF, '-f', format], {
      cwd: dir,
      env: colour ? { FORCE_COLOR: '1', NO_COLOR: '' } : {},
    });
  const findings = (JSON.parse(lint('json', false).stdout) as Array<{ messages: unknown[] }>).reduce(
    (sum, result) => sum + result.messages.length,
    0,
  );

  it('the corpus is what it says: three files, with findings, one named with ESC and a line break', () => {
    expect(readdirSync(dir)).toContain(hostileName);
    expect(findings).toBeGreaterThanOrEqual(3);
  });

  for (const format of ['stylish', 'json', 'sarif', 'junit', 'github']) {
    for (const colour of [false, true]) {
      it(`${format}${colour ? ' in colour' : ''}: nothing raw, no workflow command but the format's own`, () => {
        const run = lint(format, colour);
        expect(run.status).toBe(1);
        const commands = checkOutput(run);
        // The github format writes one annotation per finding on purpose; nothing else may start a command.
        if (format === 'github') {
          expect(commands).toHaveLength(findings);
          for (const command of commands) expect(command).toMatch(/^::(error|warning|notice) file=/);
        } else {
          expect(commands).toEqual([]);
        }
      });
    }
  }

  it('stylish shows the escapes: the file name, the quoted value and the comment', () => {
    const { stdout } = lint('stylish', false);
    expect(stdout).toContain('\\x1b]0;pwned\\x07\\n::error file=x.yaml,line=1::fake.trial.yaml\n');
    // The schema message quotes the value JSON-style; what JSON keeps raw (NEL, U+2028) is escaped after it.
    expect(stdout).toContain(
      '"\\u001b[2J\\u001b]0;pwned\\u0007\\n::error file=a.yaml,line=1::injected\\x85\\u2028',
    );
    expect(stdout).toContain('# \\x1b]8;;https://evil.example\\x07click\\x1b]8;;\\x07 \\x9b2J');
  });

  it('--fix and the deadlines table print the hostile file name made visible too', () => {
    for (const run of [
      runCli(['lint', '--as-of', AS_OF, '--fix'], { cwd: dir }),
      runCli(['deadlines', '--as-of', AS_OF], { cwd: dir }),
    ]) {
      expect(checkOutput(run)).toEqual([]);
    }
    const missing = runCli(['lint', `nothing-${hostileName}`], { cwd: dir });
    expect(missing.status).toBe(2);
    expect(checkOutput(missing)).toEqual([]);
    expect(missing.stderr).toContain('nothing-\\x1b]0;pwned\\x07\\n::error');
  });
});
