import { fork, spawn, type ChildProcess } from 'node:child_process';
import type { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import {
  AbstractMessageWriter,
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
  type ClientCapabilities,
  type InitializeResult,
  type Message,
  type MessageWriter,
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

/**
 * Writes each message to the server's input in one write (header and body together), in order; the messages sent
 * inside {@link gather} go out in a single write, so the server has them all as soon as it has the first one.
 */
class GatheringMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private gathered: Buffer[] | undefined;

  constructor(private readonly input: Writable) {
    super();
    input.on('error', (error: Error) => this.fireError(error));
    input.on('close', () => this.fireClose());
  }

  write(message: Message): Promise<void> {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    const framed = Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
    if (this.gathered) {
      this.gathered.push(framed);
      return Promise.resolve();
    }
    return this.writeBytes(framed);
  }

  /** Runs `send` (which sends messages synchronously, as the connection does), then writes them all at once. */
  async gather(send: () => void): Promise<void> {
    if (this.gathered) throw new Error('Messages are being gathered already.');
    const gathered: Buffer[] = [];
    this.gathered = gathered;
    try {
      send();
    } finally {
      this.gathered = undefined;
    }
    await this.writeBytes(Buffer.concat(gathered));
  }

  private writeBytes(bytes: Buffer): Promise<void> {
    return new Promise((resolve, reject) => {
      this.input.write(bytes, (error) => {
        if (!error) return resolve();
        this.fireError(error);
        reject(error);
      });
    });
  }

  end(): void {
    this.input.end();
  }
}

export interface TestClient {
  connection: ProtocolConnection;
  process: ChildProcess;
  initialize: InitializeResult;
  /** What the server asked for with workspace/configuration. */
  settings: { asOf?: string };
  /**
   * Stdio only: writes every message `send` sends (synchronously, through `connection`) in one write, so the
   * server reads the later ones before it handles the first: a request sent with a release of a held validation
   * is read while that validation runs, however the two processes are scheduled.
   */
  together(send: () => void): Promise<void>;
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
  const gathering = transport === 'stdio' ? new GatheringMessageWriter(child.stdin as Writable) : undefined;
  const connection = gathering
    ? createProtocolConnection(new StreamMessageReader(child.stdout as NodeJS.ReadableStream), gathering)
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
    together(send) {
      if (!gathering) throw new Error('Messages are written together on stdio only.');
      return gathering.gather(send);
    },
    async stop() {
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      const code = await exited;
      connection.dispose();
      return code;
    },
  };
}
