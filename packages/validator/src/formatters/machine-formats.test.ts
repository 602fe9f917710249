import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv04Module from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import type { FileReport } from '../findings.js';
import type { FormatterContext } from './formatter.js';
import { allRules, ruleRegistry } from '../rules/index.js';
import { formatters } from './index.js';

const require = createRequire(import.meta.url);
// A CommonJS module whose class is its `default` export; under NodeNext the import is the module object.
type Validator = ((data: unknown) => boolean) & { errors?: unknown };
const Ajv04 = ((Ajv04Module as unknown as { default?: unknown }).default ?? Ajv04Module) as new (
  options: Record<string, unknown>,
) => {
  compile(schema: object): Validator;
};
const sarifSchema = JSON.parse(
  readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
) as object;

const results: FileReport[] = [
  {
    filePath: '/repo/trials/a b.trial.yaml',
    errorCount: 1,
    warningCount: 1,
    infoCount: 1,
    findings: [
      {
        ruleId: 'schema',
        severity: 'error',
        message: 'overallStatus: "x" is not an allowed value.',
        pointer: '/statusModule/overallStatus',
        line: 3,
        column: 18,
        endLine: 3,
        endColumn: 19,
      },
      {
        ruleId: 'why-stopped-required',
        severity: 'warning',
        message: 'Say why, 100%: a <b> & "c", d.\nNext line.',
        pointer: '/statusModule',
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 13,
      },
      {
        ruleId: 'syntax',
        severity: 'info',
        message: 'Unresolved tag.',
        pointer: null,
        line: 9,
        column: 4,
        endLine: 9,
        endColumn: 10,
      },
    ],
  },
  { filePath: '/repo/ok.trial.yaml', errorCount: 0, warningCount: 0, infoCount: 0, findings: [] },
];

const context: FormatterContext = {
  cwd: '/repo',
  color: false,
  toolVersion: '1.2.3',
  rules: allRules,
};

describe('sarif', () => {
  const log = JSON.parse(formatters.sarif(results, context)) as {
    runs: Array<{
      tool: { driver: { rules: Array<{ id: string; helpUri?: string } & Record<string, unknown>> } };
      results: Array<Record<string, unknown>>;
    }>;
  };

  it('is valid SARIF 2.1.0 (the OASIS schema)', () => {
    const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
    const validate = ajv.compile(sarifSchema);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('describes every reporting rule, with the docs page as helpUri', () => {
    const rules = log.runs[0]!.tool.driver.rules;
    expect(rules.map((rule) => rule.id)).toEqual(['schema', 'syntax', 'why-stopped-required']);
    expect(rules[2]!.helpUri).toBe(ruleRegistry['why-stopped-required'].meta.docsUrl);
  });

  it("takes what it says about a rule from the rule's metadata", () => {
    const { meta } = ruleRegistry['why-stopped-required'];
    expect(log.runs[0]!.tool.driver.rules[2]).toEqual({
      id: meta.id,
      shortDescription: { text: meta.description },
      helpUri: meta.docsUrl,
      help: { text: `See ${meta.docsUrl}` },
      defaultConfiguration: { level: 'error' },
      properties: { category: meta.category },
    });
  });

  it('locates results relative to %SRCROOT% with 1-based regions and maps severities to levels', () => {
    const [first, second, third] = log.runs[0]!.results;
    expect(first).toMatchObject({
      ruleId: 'schema',
      ruleIndex: 0,
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'trials/a%20b.trial.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 3, startColumn: 18, endLine: 3, endColumn: 19 },
          },
        },
      ],
    });
    expect(second).toMatchObject({ level: 'warning', ruleIndex: 2 });
    expect(third).toMatchObject({ level: 'note', ruleIndex: 1 });
  });
});

describe('junit', () => {
  const xml = formatters.junit(results, context);

  it('has a suite per file, a failure per error or warning, a passing case for a clean file', () => {
    expect(xml.match(/<testsuite /g)).toHaveLength(2);
    expect(xml).toContain('<testsuite name="trials/a b.trial.yaml" tests="2" failures="2" errors="0">');
    expect(xml).toContain('<testsuite name="ok.trial.yaml" tests="1" failures="0" errors="0">');
    expect(xml.match(/<failure /g)).toHaveLength(2);
  });

  it('escapes XML', () => {
    expect(xml).toContain('Say why, 100%: a &lt;b&gt; &amp; &quot;c&quot;, d.');
    expect(xml).not.toMatch(/<b>/);
  });
});

describe('github', () => {
  it('writes one workflow command per finding, escaped', () => {
    const lines = formatters.github(results, context).trimEnd().split('\n');
    expect(lines).toEqual([
      '::error file=trials/a b.trial.yaml,line=3,col=18,endLine=3,endColumn=19,title=trialyaml(schema)::overallStatus: "x" is not an allowed value.',
      '::warning file=trials/a b.trial.yaml,line=2,col=1,endLine=2,endColumn=13,title=trialyaml(why-stopped-required)::Say why, 100%25: a <b> & "c", d.%0ANext line.',
      '::notice file=trials/a b.trial.yaml,line=9,col=4,endLine=9,endColumn=10,title=trialyaml(syntax)::Unresolved tag.',
    ]);
  });
});
