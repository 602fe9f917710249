import { readdirSync } from 'node:fs';
import { allRules, lintTrial, presetSettings, type Finding, type RuleSetting } from '@trialyaml/validator';
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { AS_OF, example, examplesDir, setup, trialDocument } from '../../test/helpers.js';
import { diagnosticDataOf, findingsOfDiagnostic } from './diagnostics.js';
import { createLanguageService } from './language-service.js';

const recommended = presetSettings('recommended', allRules);
const names = readdirSync(examplesDir).filter((name) => name.endsWith('.trial.yaml'));

describe('diagnostics are the CLI findings', () => {
  it.each(names)('%s', async (name) => {
    const text = example(name);
    const expected = lintTrial(text, { rules: allRules, settings: recommended, asOf: AS_OF }).report.findings;
    const diagnostics = await setup().getDiagnostics(trialDocument(text));
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(
      diagnostics.map((diagnostic) => ({
        ruleId: diagnostic.code,
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        endLine: diagnostic.range.end.line + 1,
        endColumn: diagnostic.range.end.character + 1,
        message: diagnostic.message,
        data: diagnostic.data as unknown,
      })),
    ).toEqual(
      expected.map(({ ruleId, line, column, endLine, endColumn, message, pointer, missing }) => ({
        ruleId,
        line,
        column,
        endLine,
        endColumn,
        message,
        data: missing?.length ? { pointer, missing } : { pointer },
      })),
    );
  });
});

describe('diagnostic fields', () => {
  it('rule id as code, the rule docs as codeDescription, source trialyaml, severity mapped', async () => {
    const [diagnostic] = await setup()
      .getDiagnostics(
        trialDocument('statusModule:\n  overallStatus: TERMINATED\n  statusVerifiedDate: 2026-11\n'),
      )
      .then((all) => all.filter((d) => d.code === 'why-stopped-required'));
    expect(diagnostic).toMatchObject({
      code: 'why-stopped-required',
      source: 'trialyaml',
      severity: DiagnosticSeverity.Error,
      codeDescription: { href: expect.stringMatching(/docs\/rules\/why-stopped-required\.md$/) as unknown },
      data: { pointer: '/statusModule/overallStatus' },
    });
  });

  it.each([
    ['error', DiagnosticSeverity.Error],
    ['warning', DiagnosticSeverity.Warning],
    ['info', DiagnosticSeverity.Information],
  ] as const)('severity %s → %d', async (level, severity) => {
    const settings = new Map<string, RuleSetting>([...recommended, ['why-stopped-required', level]]);
    const service = createLanguageService({ lintConfiguration: () => ({ settings, asOf: AS_OF }) });
    const diagnostics = await service.getDiagnostics(
      trialDocument('statusModule:\n  overallStatus: TERMINATED\n'),
    );
    expect(diagnostics.find((d) => d.code === 'why-stopped-required')?.severity).toBe(severity);
  });

  it('schema findings have no docs link', async () => {
    const diagnostics = await setup().getDiagnostics(
      trialDocument('statusModule:\n  overallStatus: RECRUTING\n'),
    );
    const schema = diagnostics.find((d) => d.code === 'schema');
    expect(schema?.message).toContain('RECRUITING');
    expect(schema?.codeDescription).toBeUndefined();
  });

  it('an unused suppression is marked unnecessary', async () => {
    const diagnostics = await setup().getDiagnostics(
      trialDocument(
        'statusModule:\n  # trialyaml-disable-next-line why-stopped-required -- not stopped\n  overallStatus: RECRUITING\n',
      ),
    );
    expect(diagnostics.find((d) => d.code === 'no-unused-suppression')?.tags).toEqual([
      DiagnosticTag.Unnecessary,
    ]);
  });

  it('rules turned off by the configuration are not reported', async () => {
    const settings = new Map<string, RuleSetting>([...recommended, ['why-stopped-required', 'off']]);
    const service = createLanguageService({ lintConfiguration: () => ({ settings, asOf: AS_OF }) });
    const diagnostics = await service.getDiagnostics(
      trialDocument('statusModule:\n  overallStatus: TERMINATED\n'),
    );
    expect(diagnostics.map((d) => d.code)).not.toContain('why-stopped-required');
  });

  it('a configuration problem is shown at the top, and the file is still checked', async () => {
    const service = createLanguageService({
      lintConfiguration: () => ({
        problem: 'Invalid configuration: .trialyamlrc.yaml:2:3: unknown rule "x".',
        asOf: AS_OF,
      }),
    });
    const diagnostics = await service.getDiagnostics(
      trialDocument('statusModule:\n  overallStatus: TERMINATED\n'),
    );
    expect(diagnostics[0]).toMatchObject({ code: 'config', severity: DiagnosticSeverity.Error });
    expect(diagnostics.map((d) => d.code)).toContain('why-stopped-required');
  });

  it('a failing configuration lookup is a problem, not a crash', async () => {
    const service = createLanguageService({
      lintConfiguration: () => {
        throw new Error('disk on fire');
      },
    });
    const diagnostics = await service.getDiagnostics(
      trialDocument('statusModule:\n  overallStatus: TERMINATED\n'),
    );
    expect(diagnostics[0]?.message).toContain('disk on fire');
  });
});

describe('diagnostic data: the pointer and what is missing', () => {
  it('a finding about a missing module carries the missing pointers, at the root pointer', async () => {
    const diagnostics = await setup().getDiagnostics(
      trialDocument('identificationModule:\n  briefTitle: A study\n'),
    );
    expect(diagnostics.find((d) => d.code === 'overall-status-required')?.data).toEqual({
      pointer: '',
      missing: ['/statusModule/overallStatus'],
    });
    expect(diagnostics.find((d) => d.code === 'eligibility-required')?.data).toEqual({
      pointer: '',
      missing: ['/eligibilityModule/eligibilityCriteria', '/eligibilityModule/sex'],
    });
  });

  it.each([
    ['the current shape', { pointer: '/a', missing: ['/a/b'] }, { pointer: '/a', missing: ['/a/b'] }],
    ['no missing', { pointer: '/a' }, { pointer: '/a' }],
    ['a null pointer', { pointer: null }, { pointer: null }],
    ['the old shape, the pointer alone', '/a', { pointer: '/a' }],
    ['missing that is not a list of strings', { pointer: '', missing: [1] }, { pointer: '' }],
    ['no pointer', { missing: ['/a'] }, undefined],
    ['a number', 7, undefined],
    ['nothing', undefined, undefined],
  ])('reads %s', (_name, data, expected) => {
    expect(diagnosticDataOf(data)).toEqual(expected);
  });
});

describe('findingsOfDiagnostic', () => {
  const finding = (message: string, pointer: string | null, missing?: string[]): Finding => ({
    ruleId: 'r',
    severity: 'error',
    message,
    pointer,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    ...(missing ? { missing } : {}),
  });
  const status = finding('Status is missing.', '', ['/statusModule/overallStatus']);
  const date = finding('Date is missing.', '', ['/statusModule/statusVerifiedDate']);
  const title = finding('Title is missing.', '/identificationModule');
  const alsoTitle = finding('Title is too short.', '/identificationModule');
  const candidates = [status, date, title, alsoTitle];
  const diagnostic = (message: string, data?: unknown): Diagnostic => ({
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    message,
    ...(data === undefined ? {} : { data }),
  });

  it.each([
    [
      'by data, whatever the message says',
      diagnostic('Reworded.', { pointer: '', missing: ['/statusModule/overallStatus'] }),
      [status],
    ],
    [
      'by data, the other missing field',
      diagnostic('Date is missing.', { pointer: '', missing: ['/statusModule/statusVerifiedDate'] }),
      [date],
    ],
    [
      'by data, then by message among equals',
      diagnostic('Title is too short.', { pointer: '/identificationModule' }),
      [alsoTitle],
    ],
    [
      'by data, all equals when no message matches',
      diagnostic('Reworded.', { pointer: '/identificationModule' }),
      [title, alsoTitle],
    ],
    ['by data: missing pointers must agree', diagnostic('Status is missing.', { pointer: '' }), []],
    ['old data (the pointer alone), then the message', diagnostic('Date is missing.', ''), [date]],
    ['no data: by message', diagnostic('Title is missing.'), [title]],
    ['no data and another message: none', diagnostic('Reworded.'), []],
  ])('%s', (_name, given, expected) => {
    expect(findingsOfDiagnostic(given, candidates)).toEqual(expected);
  });
});

describe('broken input still gives diagnostics', () => {
  it.each([
    ['a syntax error', 'statusModule:\n  overallStatus: [unclosed\n', 'syntax'],
    ['tab indentation', 'statusModule:\n\toverallStatus: RECRUITING\n', 'syntax'],
    ['a duplicate key', 'statusModule:\n  overallStatus: A\n  overallStatus: B\n', 'syntax'],
    ['a list at the top', '- a\n- b\n', 'syntax'],
    ['binary garbage', '\u0000\u0001\u0002', 'syntax'],
  ])('%s', async (_name, text, code) => {
    const diagnostics = await setup().getDiagnostics(trialDocument(text));
    expect(diagnostics.map((d) => d.code)).toContain(code);
  });

  it('an empty file', async () => {
    await expect(setup().getDiagnostics(trialDocument(''))).resolves.toBeInstanceOf(Array);
  });
});

describe('positions', () => {
  it('a document starting with a BOM: only first-line columns move, by one', async () => {
    const withBom = await setup().getDiagnostics(
      trialDocument('\uFEFFstatusModule:\n  overallStatus: RECRUTING\n'),
    );
    const without = await setup().getDiagnostics(
      trialDocument('statusModule:\n  overallStatus: RECRUTING\n'),
    );
    const shift = (position: { line: number; character: number }) =>
      position.line === 0 ? { ...position, character: position.character + 1 } : position;
    expect(withBom.map((d) => d.range)).toEqual(
      without.map((d) => ({ start: shift(d.range.start), end: shift(d.range.end) })),
    );
  });

  it('a BOM shifts first-line findings by one character', async () => {
    const diagnostics = await setup().getDiagnostics(trialDocument('\uFEFFbadModule: 1\n'));
    expect(diagnostics.find((d) => d.code === 'schema')?.range.start).toEqual({ line: 0, character: 1 });
  });
});

describe('caching', () => {
  it('lints once per version and configuration', async () => {
    const service = setup();
    const document = TextDocument.create(
      'file:///c.trial.yaml',
      'trial-yaml',
      1,
      'statusModule:\n  overallStatus: TERMINATED\n',
    );
    const first = await service.getLintOutcome(document);
    expect(await service.getLintOutcome(document)).toBe(first);
    service.getHover(document, { line: 1, character: 4 });
    service.getCompletions(document, { line: 1, character: 4 });
    expect(await service.getLintOutcome(document)).toBe(first);
    const changed = TextDocument.update(
      document,
      [{ text: 'statusModule:\n  overallStatus: RECRUITING\n' }],
      2,
    );
    expect(await service.getLintOutcome(changed)).not.toBe(first);
    const second = await service.getLintOutcome(changed);
    service.resetConfiguration();
    expect(await service.getLintOutcome(changed)).not.toBe(second);
  });
});
