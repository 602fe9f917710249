import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { allRules, lintTrial, resolveSettings } from '@trialyaml/validator';
import { ConfigFinder } from '@trialyaml/validator/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  CodeActionResolveRequest,
  CompletionRequest,
  DefinitionRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  DocumentFormattingRequest,
  DocumentSymbolRequest,
  FileChangeType,
  FoldingRangeRequest,
  HoverRequest,
  PrepareRenameRequest,
  PublishDiagnosticsNotification,
  ReferencesRequest,
  RenameRequest,
  type CodeAction,
  type CompletionList,
  type Diagnostic,
  type FullDocumentDiagnosticReport,
  type MarkupContent,
  type PublishDiagnosticsParams,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LINKED } from './arms-fixture.js';
import { AS_OF, examplesDir } from './helpers.js';
import { serverBin, startClient, type TestClient } from './lsp-client.js';

const exampleFile = join(examplesDir, 'NCT05032014.trial.yaml');
const exampleUri = pathToFileURL(exampleFile).href;
const exampleText = readFileSync(exampleFile, 'utf8');

/** The findings `trialyaml lint --as-of` gives for a file: same engine, same config lookup. */
async function cliFindings(file: string, text: string) {
  const config = await new ConfigFinder(allRules.map((rule) => rule.meta.id)).forFile(file);
  const settings = resolveSettings(allRules, config, relative(config?.directory ?? process.cwd(), file));
  return lintTrial(text, { filePath: file, rules: allRules, settings, asOf: AS_OF }).report.findings;
}

let client: TestClient;
let version = 1;

async function open(uri: string, text: string): Promise<void> {
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'trial-yaml', version: version++, text },
  });
}

async function pull(uri: string): Promise<Diagnostic[]> {
  const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, {
    textDocument: { uri },
  });
  return (report as FullDocumentDiagnosticReport).items;
}

beforeAll(async () => {
  client = await startClient();
  await open(exampleUri, exampleText);
});

afterAll(async () => {
  if (client.process.exitCode === null) await client.stop().catch(() => undefined);
});

describe('the server over stdio', () => {
  it('declares its capabilities in initialize', () => {
    const { capabilities, serverInfo } = client.initialize;
    expect(serverInfo?.name).toBe('trialyaml-language-server');
    expect(capabilities).toMatchObject({
      completionProvider: { triggerCharacters: [':', ' '] },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.trialyaml'], resolveProvider: true },
      diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false },
      renameProvider: { prepareProvider: true },
      documentFormattingProvider: true,
      documentSymbolProvider: { label: 'TrialYAML' },
      foldingRangeProvider: true,
      definitionProvider: true,
      referencesProvider: true,
    });
  });

  it('pull diagnostics equal the CLI findings for the example', async () => {
    const diagnostics = await pull(exampleUri);
    const findings = await cliFindings(exampleFile, exampleText);
    expect(findings.length).toBeGreaterThan(0);
    expect(
      diagnostics.map((d) => [d.code, d.range.start.line + 1, d.range.start.character + 1, d.severity]),
    ).toEqual(
      findings.map((f) => [f.ruleId, f.line, f.column, { error: 1, warning: 2, info: 3 }[f.severity]]),
    );
    expect(diagnostics.every((d) => d.source === 'trialyaml')).toBe(true);
    expect(diagnostics.find((d) => d.code === 'verified-date-stale')?.codeDescription?.href).toMatch(
      /docs\/rules\/verified-date-stale\.md$/,
    );
  });

  it('an unchanged document answers "unchanged" to a repeated pull', async () => {
    const first = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, {
      textDocument: { uri: exampleUri },
    })) as FullDocumentDiagnosticReport;
    const second = await client.connection.sendRequest(DocumentDiagnosticRequest.type, {
      textDocument: { uri: exampleUri },
      previousResultId: first.resultId,
    });
    expect(second.kind).toBe('unchanged');
  });

  it('uses the nearest .trialyamlrc.yaml, as the CLI does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trialyaml-ls-'));
    try {
      writeFileSync(
        join(dir, '.trialyamlrc.yaml'),
        'extends: recommended\nrules:\n  why-stopped-required: warning\noverrides:\n  - files: ["legacy/**"]\n    rules:\n      why-stopped-required: off\n',
      );
      const file = join(dir, 'a.trial.yaml');
      const text = 'statusModule:\n  overallStatus: TERMINATED\n';
      writeFileSync(file, text);
      const uri = pathToFileURL(file).href;
      await open(uri, text);
      const diagnostics = await pull(uri);
      expect(diagnostics.find((d) => d.code === 'why-stopped-required')?.severity).toBe(2);
      expect(diagnostics.map((d) => d.code)).toEqual((await cliFindings(file, text)).map((f) => f.ruleId));
      // The config changes on disk: the client reports it, the server re-reads it.
      writeFileSync(join(dir, '.trialyamlrc.yaml'), 'rules:\n  why-stopped-required: off\n');
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
        changes: [{ uri: pathToFileURL(join(dir, '.trialyamlrc.yaml')).href, type: FileChangeType.Changed }],
      });
      expect((await pull(uri)).map((d) => d.code)).not.toContain('why-stopped-required');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the trialyaml.asOf setting is the day date rules treat as today', async () => {
    const uri = 'untitled:as-of.trial.yaml';
    await open(uri, 'statusModule:\n  overallStatus: RECRUITING\n  statusVerifiedDate: 2026-01\n');
    expect((await pull(uri)).map((d) => d.code)).not.toContain('verified-date-stale');
    client.settings.asOf = '2027-06-01';
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    expect((await pull(uri)).map((d) => d.code)).toContain('verified-date-stale');
    client.settings.asOf = AS_OF;
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
  });

  it('diagnostics follow edits', async () => {
    const uri = 'untitled:edited.trial.yaml';
    await open(uri, 'statusModule:\n  overallStatus: TERMINATED\n');
    expect((await pull(uri)).map((d) => d.code)).toContain('why-stopped-required');
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: version++ },
      contentChanges: [
        {
          range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
          text: '  whyStopped: Funding ended\n',
        },
      ],
    });
    expect((await pull(uri)).map((d) => d.code)).not.toContain('why-stopped-required');
  });

  it('completion', async () => {
    const uri = 'untitled:completion.trial.yaml';
    await open(uri, 'statusModule:\n  overallStatus: \n');
    const list = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: { line: 1, character: 17 },
    })) as CompletionList;
    expect(list.items.map((item) => item.label)).toContain('RECRUITING');
  });

  it('hover', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: exampleUri },
      position: {
        line: exampleText.split('\n').findIndex((line) => line.includes('overallStatus')),
        character: 5,
      },
    });
    expect((hover?.contents as MarkupContent).value).toContain('**Overall recruitment status**');
  });

  it('code actions, resolved lazily', async () => {
    const uri = 'untitled:actions.trial.yaml';
    await open(uri, 'statusModule:\n  overallStatus: recruiting\n');
    const diagnostics = (await pull(uri)).filter((d) => d.code === 'schema');
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostics[0]!.range,
      context: { diagnostics },
    })) as CodeAction[];
    const titles = actions.map((action) => action.title);
    expect(titles).toEqual(expect.arrayContaining(['Change to RECRUITING', 'Disable schema for this line']));
    const fix = actions.find((action) => action.title === 'Change to RECRUITING')!;
    expect(fix.edit).toBeUndefined();
    const resolved = await client.connection.sendRequest(CodeActionResolveRequest.type, fix);
    expect(resolved.edit?.changes?.[uri]).toEqual([
      {
        range: { start: { line: 1, character: 17 }, end: { line: 1, character: 27 } },
        newText: 'RECRUITING',
      },
    ]);
    const disable = actions.find((action) => action.title === 'Disable schema for this line')!;
    expect(JSON.stringify(disable.edit?.documentChanges)).toContain('${1:reason}');
  });

  it('fix all on save', async () => {
    const uri = 'untitled:fixall.trial.yaml';
    const text = 'statusModule:\n  overallStatus: recruiting\ndesignModule:\n  studyType: interventional\n';
    await open(uri, text);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.trialyaml'] },
    })) as CodeAction[];
    const edits = actions[0]?.edit?.changes?.[uri] as TextEdit[];
    const after = TextDocument.applyEdits(TextDocument.create(uri, 'trial-yaml', 1, text), edits);
    expect(after).toBe(
      'statusModule:\n  overallStatus: RECRUITING\ndesignModule:\n  studyType: INTERVENTIONAL\n',
    );
  });

  it('definition, references and rename of an intervention', async () => {
    const uri = 'untitled:linked.trial.yaml';
    await open(uri, LINKED);
    const position = { line: 5, character: 15 };
    const definition = await client.connection.sendRequest(DefinitionRequest.type, {
      textDocument: { uri },
      position,
    });
    expect(definition).toEqual([
      { uri, range: { start: { line: 12, character: 12 }, end: { line: 12, character: 25 } } },
    ]);
    const references = await client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri },
      position,
      context: { includeDeclaration: true },
    });
    expect(references?.map((location) => location.range.start.line)).toEqual([12, 5, 9]);
    const prepared = await client.connection.sendRequest(PrepareRenameRequest.type, {
      textDocument: { uri },
      position,
    });
    expect(prepared).toMatchObject({ placeholder: 'Pembrolizumab' });
    const edit = await client.connection.sendRequest(RenameRequest.type, {
      textDocument: { uri },
      position,
      newName: 'MK-3475',
    });
    const after = TextDocument.applyEdits(
      TextDocument.create(uri, 'trial-yaml', 1, LINKED),
      edit?.changes?.[uri] ?? [],
    );
    expect(after).toContain('"Drug: MK-3475"');
    expect(after).toContain('name: MK-3475');
  });

  it('formatting', async () => {
    const uri = 'untitled:format.trial.yaml';
    const text = 'statusModule:\n  whyStopped: Funding # why\n  overallStatus: TERMINATED\n';
    await open(uri, text);
    const edits = await client.connection.sendRequest(DocumentFormattingRequest.type, {
      textDocument: { uri },
      options: { tabSize: 2, insertSpaces: true },
    });
    expect(TextDocument.applyEdits(TextDocument.create(uri, 'trial-yaml', 1, text), edits ?? [])).toBe(
      'statusModule:\n  overallStatus: TERMINATED\n  whyStopped: Funding # why\n',
    );
  });

  it('outline and folding', async () => {
    const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, {
      textDocument: { uri: exampleUri },
    });
    expect(symbols?.map((symbol) => symbol.name)).toContain('armsInterventionsModule');
    const folds = await client.connection.sendRequest(FoldingRangeRequest.type, {
      textDocument: { uri: exampleUri },
    });
    expect(folds?.length).toBeGreaterThan(5);
  });

  it('survives malformed requests', async () => {
    const { connection } = client;
    const garbage: Array<[string, unknown]> = [
      ['textDocument/hover', {}],
      [
        'textDocument/hover',
        { textDocument: { uri: 'file:///nowhere.trial.yaml' }, position: { line: 0, character: 0 } },
      ],
      [
        'textDocument/completion',
        { textDocument: { uri: exampleUri }, position: { line: -5, character: 1e9 } },
      ],
      ['textDocument/completion', { textDocument: { uri: exampleUri } }],
      [
        'textDocument/codeAction',
        {
          textDocument: { uri: exampleUri },
          range: null,
          context: { diagnostics: [{ source: 'trialyaml' }] },
        },
      ],
      ['codeAction/resolve', { title: 'x', data: { uri: 42, operations: 'nope' } }],
      [
        'textDocument/rename',
        { textDocument: { uri: exampleUri }, position: { line: 3, character: 3 }, newName: 42 },
      ],
      ['textDocument/diagnostic', { textDocument: null }],
      ['textDocument/documentSymbol', null],
      ['textDocument/formatting', { textDocument: { uri: 7 } }],
    ];
    for (const [method, params] of garbage) {
      await connection.sendRequest(method, params).catch(() => undefined);
    }
    await expect(connection.sendRequest('trialyaml/noSuchMethod', {})).rejects.toThrow();
    // A message that is not JSON at all.
    client.process.stdin?.write('Content-Length: 13\r\n\r\n{"jsonrpc": 2');
    // Still serving.
    expect((await pull(exampleUri)).length).toBeGreaterThan(0);
    expect(client.process.exitCode).toBeNull();
  });

  it('shuts down cleanly', async () => {
    expect(await client.stop()).toBe(0);
  });
});

describe('the server over stdio, for a client without pull diagnostics', () => {
  it('pushes diagnostics', async () => {
    const push = await startClient({ capabilities: {} });
    try {
      expect(push.initialize.capabilities.diagnosticProvider).toBeUndefined();
      const published = new Promise<PublishDiagnosticsParams>((resolve) =>
        push.connection.onNotification(PublishDiagnosticsNotification.type, resolve),
      );
      await push.connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: {
          uri: 'untitled:push.trial.yaml',
          languageId: 'trial-yaml',
          version: 1,
          text: 'statusModule:\n  overallStatus: TERMINATED\n',
        },
      });
      const params = await published;
      expect(params.diagnostics.map((d) => d.code)).toContain('why-stopped-required');
    } finally {
      expect(await push.stop()).toBe(0);
    }
  });
});

describe('the server over IPC (as VS Code starts it)', () => {
  it('initializes and answers', async () => {
    const ipc = await startClient({ transport: 'ipc' });
    try {
      expect(ipc.initialize.capabilities.hoverProvider).toBe(true);
    } finally {
      expect(await ipc.stop()).toBe(0);
    }
  });
});

describe('the bin without a transport', () => {
  it('prints its usage and exits with 2', async () => {
    const { spawnSync } = await import('node:child_process');
    const result = spawnSync(process.execPath, [serverBin], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--stdio');
  });
});
