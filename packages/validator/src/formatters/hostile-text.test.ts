// Every format on hostile user text: control characters, line breaks and workflow commands in file names,
// messages (which quote values) and source lines (comments). Nothing reaches the output raw.
import pc from 'picocolors';
import { describe, expect, it } from 'vitest';
import type { FileReport } from '../findings.js';
import { codeFrame } from './code-frame.js';
import { formatters, type FormatterName } from './index.js';
import { sourceExcerpt } from './source-excerpt.js';
import { startsWorkflowCommand, visibleLines, visiblePathAtLineStart, visibleText } from './visible-text.js';

const HOSTILE = [
  '\u001b]0;pwned\u0007', // OSC: retitles the terminal
  '\u001b[2J', // clears the screen
  '\u009b31m', // C1 CSI
  '\u0085next',
  'a\u2028b\u2029c',
  '\u202etxt.exe',
  '\u007f',
  '\r\n::error file=x.yaml,line=1::injected',
  '\n##[error]legacy',
];
const hostile = HOSTILE.join(' ');
// C0 but tab and line feed, DEL, C1, the Unicode separators, bidi overrides.
// eslint-disable-next-line no-control-regex -- the characters that must never be printed raw
const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

const report: FileReport = {
  filePath: '/work/trials/\u001b[31mred\n::error file=a::x.trial.yaml',
  errorCount: 1,
  warningCount: 1,
  infoCount: 0,
  findings: [
    {
      ruleId: 'schema',
      severity: 'error',
      message: `the text "${hostile}" is not allowed`,
      pointer: '/a',
      line: 2,
      column: 11,
      endLine: 2,
      endColumn: 15,
    },
    {
      ruleId: 'some-rule',
      severity: 'warning',
      message: '\n::warning::fake',
      pointer: '/b',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 2,
    },
  ],
};
const source = `a: 1 # \u001b]8;;http://evil\u0007link\u001b]8;;\u0007\nb: "\u001b[2Jx\u0085y" # ::error::z\n`;

function render(name: FormatterName, color: boolean): string {
  const excerpt = sourceExcerpt(source, report.findings);
  return formatters[name]([report], { cwd: '/work', color, excerptOf: () => excerpt, toolVersion: '1.0.0' });
}

describe('every format on hostile text', () => {
  for (const name of Object.keys(formatters) as FormatterName[]) {
    for (const color of [false, true]) {
      it(`${name}${color ? ' (colour)' : ''}: no raw control character, no injected workflow command`, () => {
        const text = render(name, color);
        // The format's own colours are the only escapes; with them taken out nothing raw is left.
        // eslint-disable-next-line no-control-regex -- removing the formatter's own SGR colour codes
        const withoutColours = text.replace(/\u001b\[[0-9;]*m/g, '');
        expect(withoutColours).not.toMatch(RAW_CONTROL);
        const lines = withoutColours.split('\n');
        const commands = lines.filter(startsWorkflowCommand);
        // The github format writes one command per finding on purpose, and nothing else.
        expect(commands).toHaveLength(name === 'github' ? 2 : 0);
        if (name === 'github') {
          expect(lines.filter((line) => line !== '')).toHaveLength(2);
          expect(commands[0]).toMatch(
            /^::error file=trials\/\\x1b\[31mred%0A%3A%3Aerror file=a%3A%3Ax\.trial\.yaml,line=2,/,
          );
          expect(commands[0]).toContain(
            '::the text "\\x1b]0;pwned\\x07 \\x1b[2J \\x9b31m \\x85next a\\u2028b\\u2029c \\u202etxt.exe \\x7f %0D%0A::error',
          );
          expect(commands[1]).toMatch(/^::warning file=.*::%0A::warning::fake$/);
        }
      });
    }
  }

  it('stylish shows the escapes where the characters were, and the carets still point at the value', () => {
    const text = render('stylish', false);
    expect(text).toContain('trials/\\x1b[31mred\\n::error file=a::x.trial.yaml\n');
    expect(text).toContain('the text "\\x1b]0;pwned\\x07 \\x1b[2J');
    expect(text).toContain('\\r\\n::error file=x.yaml,line=1::injected \\n##[error]legacy" is not allowed');
    expect(text).toContain('    > 2 | b: "\\x1b[2Jx\\x85y" # ::error::z\n');
    // Column 11 of line 2 is the "y" after the two escapes; the carets sit under "y" + '" #'.
    const frame = codeFrame(
      sourceExcerpt(source, report.findings),
      report.findings[0]!,
      pc.createColors(false),
    );
    const [, marked, carets] = frame.split('\n');
    const column = (carets ?? '').indexOf('^') - ((marked ?? '').indexOf('|') + 2);
    expect((marked ?? '').slice((marked ?? '').indexOf('|') + 2).slice(column, column + 4)).toBe('y" #');
    expect(carets).toMatch(/\| +\^{4}$/);
  });

  it('json and sarif escape U+0085, U+2028, U+2029 and C1 controls, and still parse to the same text', () => {
    for (const name of ['json', 'sarif'] as const) {
      const text = render(name, false);
      expect(text).toContain('\\u0085next');
      expect(text).toContain('a\\u2028b\\u2029c');
      expect(text).toContain('\\u009b31m');
      expect(JSON.stringify(JSON.parse(text))).toContain('a\u2028b');
    }
  });

  it('a path that would start a workflow command is written ./::…, the same file', () => {
    expect(visiblePathAtLineStart('::error file=a::b.trial.yaml')).toBe('./::error file=a::b.trial.yaml');
    expect(visiblePathAtLineStart('  ##[error]x.trial.yaml')).toBe('./  ##[error]x.trial.yaml');
    expect(visiblePathAtLineStart('trials/a.trial.yaml')).toBe('trials/a.trial.yaml');
    expect(visibleText('tab\tstays')).toBe('tab\tstays');
  });

  it('messages of several lines keep their breaks, but not one that would start a workflow command', () => {
    expect(visibleLines('bad info:\n  a: "x"\n  b: y')).toBe('bad info:\n  a: "x"\n  b: y');
    expect(visibleLines('No such file: a\n::error::x\r\u001b')).toBe('No such file: a\\n::error::x\\r\\x1b');
    expect(visibleLines('a\n  ##[error]b').split('\n')).toHaveLength(1);
  });
});
