// The "add what is missing" quick fixes as an editor gets them: the real server over stdio, a draft missing most
// modules, every fix applied one after another as the author would (taking the snippet's defaults).
import { snippetToText } from '@trialyaml/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  CodeActionResolveRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  type CodeAction,
  type Diagnostic,
  type FullDocumentDiagnosticReport,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { InsertSnippetArgument } from '../src/service/code-actions-add-missing.js';
import { startClient, type TestClient } from './lsp-client.js';

/** A draft as an author starts one: a title, the study type, an arm naming its intervention. */
const DRAFT = `# Vitamin D and falls
identificationModule:
  briefTitle: Vitamin D and falls in older adults
designModule:
  studyType: INTERVENTIONAL
armsInterventionsModule:
  armGroups:
    - label: Vitamin D
      type: EXPERIMENTAL
      interventionNames:
        - "Dietary Supplement: Vitamin D3"
`;

/** A diagnostic's message as text. */
function plain(message: string | MarkupContent): string {
  return typeof message === 'string' ? message : message.value;
}

/** Findings about missing content: the required rules, a reference to nothing, an intervention in no arm. */
function isMissingContent(diagnostic: Diagnostic): boolean {
  const code = String(diagnostic.code);
  return (
    (code.endsWith('-required') && code !== 'suppression-reason-required') ||
    code === 'intervention-in-arm' ||
    (code === 'arm-intervention-reference' && plain(diagnostic.message).includes('names no intervention'))
  );
}

/** Fixes at most this many findings: bounded by count, the draft needs about thirty. */
const MAX_STEPS = 80;
/** Generous: the machine running the tests may be busy. */
const TIMEOUT = 120_000;

describe.each([
  { mode: 'snippet command', initializationOptions: { insertSnippetCommand: true } },
  { mode: 'plain-text edits', initializationOptions: undefined },
])('adding what is missing over stdio ($mode)', ({ initializationOptions }) => {
  let client: TestClient;
  let version = 1;
  const uri = 'untitled:draft.trial.yaml';
  let text = DRAFT;

  beforeAll(async () => {
    client = await startClient({ initializationOptions });
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'trial-yaml', version, text },
    });
  }, TIMEOUT);

  afterAll(async () => {
    if (client.process.exitCode === null) await client.stop().catch(() => undefined);
  }, TIMEOUT);

  async function pull(): Promise<Diagnostic[]> {
    const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, {
      textDocument: { uri },
    });
    return (report as FullDocumentDiagnosticReport).items;
  }

  async function actionsFor(diagnostic: Diagnostic): Promise<CodeAction[]> {
    return (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as CodeAction[];
  }

  /** The text after an action, as VS Code applies it (the snippet with its defaults, or the edit). */
  async function apply(action: CodeAction): Promise<string> {
    const document = TextDocument.create(uri, 'trial-yaml', version, text);
    if (action.command) {
      const argument = action.command.arguments?.[0] as InsertSnippetArgument;
      expect(argument.version).toBe(version);
      return TextDocument.applyEdits(document, [
        { range: argument.range, newText: snippetToText(argument.snippet) },
      ]);
    }
    const resolved = action.edit
      ? action
      : await client.connection.sendRequest(CodeActionResolveRequest.type, action);
    return TextDocument.applyEdits(document, resolved.edit?.changes?.[uri] ?? []);
  }

  async function change(next: string): Promise<void> {
    text = next;
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: ++version },
      contentChanges: [{ text }],
    });
  }

  const isAddFix = (action: CodeAction | undefined): boolean =>
    action?.isPreferred === true && /^(Add|Link|Insert) /.test(action.title);

  it(
    'offers an add-fix, preferred and first, for at least 80 % of the missing-content findings',
    async () => {
      const missing = (await pull()).filter(isMissingContent);
      expect(missing.length).toBeGreaterThanOrEqual(15);
      let withFix = 0;
      for (const diagnostic of missing) if (isAddFix((await actionsFor(diagnostic))[0])) withFix++;
      expect(withFix / missing.length).toBeGreaterThanOrEqual(0.8);
    },
    TIMEOUT,
  );

  it(
    'sends what is missing as the data, and finds the fix by it when the message reads otherwise',
    async () => {
      const diagnostics = await pull();
      const status = diagnostics.find((d) => d.code === 'overall-status-required');
      // The module is missing: the finding is on the file's root, its data names the field.
      expect(status?.data).toEqual({ pointer: '', missing: ['/statusModule/overallStatus'] });
      for (const diagnostic of diagnostics.filter(isMissingContent)) {
        const data = diagnostic.data as { pointer?: unknown; missing?: unknown };
        expect(typeof data.pointer, JSON.stringify(diagnostic)).toBe('string');
      }
      // A client holding a reworded message (another version of the rule) still gets the fix.
      const reworded = { ...status!, message: 'Reworded by another version of the rule.' };
      const [first] = await actionsFor(reworded);
      expect(first?.title).toMatch(/^Add .*Overall Recruitment Status|^Add .*overallStatus/);
      expect(isAddFix(first)).toBe(true);
    },
    TIMEOUT,
  );

  it(
    'clears each finding it is applied to, one after another, leaving valid YAML with known keys',
    async () => {
      const applied: string[] = [];
      const skipped = new Set<string>();
      for (let step = 0; step < MAX_STEPS; step++) {
        const diagnostics = (await pull()).filter(isMissingContent);
        let next: { diagnostic: Diagnostic; action: CodeAction } | undefined;
        for (const diagnostic of diagnostics) {
          const key = `${String(diagnostic.code)} ${plain(diagnostic.message)}`;
          if (skipped.has(key)) continue;
          const [first] = await actionsFor(diagnostic);
          if (first && isAddFix(first)) {
            next = { diagnostic, action: first };
            break;
          }
          skipped.add(key);
        }
        if (!next) break;
        await change(await apply(next.action));
        const after = await pull();
        expect(
          after.filter((d) => d.code === next.diagnostic.code && d.message === next.diagnostic.message),
          `${next.action.title} cleared its finding:\n${text}`,
        ).toEqual([]);
        expect(
          after.filter((d) => d.code === 'syntax'),
          text,
        ).toEqual([]);
        expect(
          after.filter((d) => plain(d.message).startsWith('Unknown key')),
          text,
        ).toEqual([]);
        applied.push(next.action.title);
      }
      expect(applied.length).toBeGreaterThanOrEqual(20);
      expect(applied.length).toBeLessThan(MAX_STEPS);
      expect(applied).toContain('Add intervention "Dietary Supplement: Vitamin D3"');
      // What is left of the missing content has no add-fix (none is expected on this draft).
      expect((await pull()).filter(isMissingContent).map((d) => d.message)).toEqual([]);
    },
    TIMEOUT,
  );
});
