import { fork, spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DiagnosticRefreshRequest,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  IPCMessageReader,
  IPCMessageWriter,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';

export const serverBin = fileURLToPath(new URL('../bin/trialyaml-language-server.js', import.meta.url));

/** Client capabilities like VS Code's, for what the server looks at. */
export const VSCODE_LIKE: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceEdit: { documentChanges: true, snippetEditSupport: true },
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    diagnostics: { refreshSupport: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    diagnostic: { dynamicRegistration: false },
    completion: {
      completionItem: {
        snippetSupport: true,
        documentationFormat: ['markdown'],
        insertTextModeSupport: { valueSet: [1, 2] },
      },
    },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } },
      resolveSupport: { properties: ['edit'] },
    },
    rename: { prepareSupport: true },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    foldingRange: { rangeLimit: 5000 },
  },
};

export interface TestClient {
  connection: ProtocolConnection;
  process: ChildProcess;
  initialize: InitializeResult;
  /** What the server asked for with workspace/configuration. */
  settings: { asOf?: string };
  /** Sends shutdown and exit; resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts the real server (the bin) over stdio, or IPC, and initializes it. */
export async function startClient(
  options: {
    transport?: 'stdio' | 'ipc';
    capabilities?: ClientCapabilities;
    settings?: { asOf?: string };
    initializationOptions?: unknown;
    /** More command-line arguments for the server (after the transport's). */
    args?: string[];
  } = {},
): Promise<TestClient> {
  const transport = options.transport ?? 'stdio';
  const child =
    transport === 'stdio'
      ? spawn(process.execPath, [serverBin, '--stdio', ...(options.args ?? [])], {
          stdio: ['pipe', 'pipe', 'inherit'],
        })
      : fork(serverBin, ['--node-ipc', ...(options.args ?? [])], {
          stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
        });
  const connection =
    transport === 'stdio'
      ? createProtocolConnection(
          new StreamMessageReader(child.stdout as NodeJS.ReadableStream),
          new StreamMessageWriter(child.stdin as NodeJS.WritableStream),
        )
      : createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  const settings = options.settings ?? { asOf: '2026-11-21' };
  connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => settings));
  connection.onRequest(RegistrationRequest.type, () => undefined);
  connection.onRequest(DiagnosticRefreshRequest.type, () => undefined);
  connection.listen();
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const initialize = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    capabilities: options.capabilities ?? VSCODE_LIKE,
    workspaceFolders: null,
    ...(options.initializationOptions === undefined
      ? {}
      : { initializationOptions: options.initializationOptions }),
  });
  await connection.sendNotification(InitializedNotification.type, {});
  return {
    connection,
    process: child,
    initialize,
    settings,
    async stop() {
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      const code = await exited;
      connection.dispose();
      return code;
    },
  };
}
