// The deadline lens over stdio, with the real server and a real LSP client.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CodeLensRefreshRequest,
  CodeLensRequest,
  DidChangeConfigurationNotification,
  DidOpenTextDocumentNotification,
  type CodeLens,
} from 'vscode-languageserver-protocol/node';
import { startClient, VSCODE_LIKE, type TestClient } from './lsp-client.js';

const ACT = `identificationModule:
  nctId: NCT09999999
statusModule:
  statusVerifiedDate: 2025-12
  overallStatus: RECRUITING
  startDateStruct:
    date: 2025-09-01
    type: ACTUAL
  primaryCompletionDateStruct:
    date: 2026-09-30
    type: ESTIMATED
  studyFirstSubmitDate: 2025-08-20
oversightModule:
  isFdaRegulatedDevice: true
designModule:
  studyType: INTERVENTIONAL
  phases:
    - NA
`;

let client: TestClient;
let refreshes = 0;

beforeAll(async () => {
  client = await startClient({
    capabilities: {
      ...VSCODE_LIKE,
      workspace: { ...VSCODE_LIKE.workspace, codeLens: { refreshSupport: true } },
    },
  });
  client.connection.onRequest(CodeLensRefreshRequest.type, () => {
    refreshes++;
  });
});

afterAll(async () => {
  if (client.process.exitCode === null) await client.stop().catch(() => undefined);
});

async function lenses(uri: string): Promise<CodeLens[]> {
  return (await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } })) ?? [];
}

describe('the deadline lens over stdio', () => {
  it('is declared in initialize', () => {
    expect(client.initialize.capabilities.codeLensProvider).toEqual({ resolveProvider: false });
  });

  it('answers with one lens above statusModule, as of the trialyaml.asOf setting', async () => {
    const uri = 'file:///lens/NCT09999999.trial.yaml';
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'trial-yaml', version: 1, text: ACT },
    });
    const [lens, ...others] = await lenses(uri);
    expect(others).toEqual([]);
    expect(lens!.range.start).toEqual({ line: 2, character: 0 });
    expect(lens!.command).toMatchObject({
      title: 'ACT · registered · results due 2027-09-30 · verified 2025-12',
      command: '',
    });

    // A later day: the settings change, the server asks the client to refresh, and the lens moves on.
    const before = refreshes;
    client.settings.asOf = '2027-10-15';
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    const [later] = await lenses(uri);
    expect(later!.command?.title).toBe(
      'ACT · registered · results overdue since 2027-09-30 · verification overdue since 2026-12-31',
    );
    expect(refreshes).toBeGreaterThan(before);
  });

  it('answers nothing for a document it does not have', async () => {
    expect(await lenses('file:///lens/unknown.trial.yaml')).toEqual([]);
  });
});
