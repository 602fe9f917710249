// VS Code for the Web: the language server runs in a web worker (dist/browser/server.js).
import * as vscode from 'vscode';
import {
  BrowserMessageReader,
  BrowserMessageWriter,
  LanguageClient,
  type MessageTransports,
} from 'vscode-languageclient/browser';
import { activateTrialyaml, deactivateTrialyaml } from '../client/activate.js';
import { CLIENT_ID, CLIENT_NAME } from '../client/client-options.js';

let worker: Worker | undefined;

function randomNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function activate(context: vscode.ExtensionContext): void {
  const serverUrl = vscode.Uri.joinPath(context.extensionUri, 'dist', 'browser', 'server.js').toString(true);
  // A fresh worker for each start, and the previous one ended: the client does not end workers. The transports
  // are made here because the web extension host's Worker is a wrapper that fails the client's `instanceof Worker`.
  const startServer = (output: vscode.LogOutputChannel): MessageTransports => {
    worker?.terminate();
    worker = new Worker(serverUrl, { name: 'TrialYAML language server' });
    worker.addEventListener('error', (event) => output.error(`Language server worker: ${event.message}`));
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
  };
  activateTrialyaml(context, {
    createClient: (options, output) =>
      new LanguageClient(CLIENT_ID, CLIENT_NAME, () => Promise.resolve(startServer(output)), options),
    restartClient: async (client) => {
      if (client.needsStop()) await client.stop();
      await client.start();
    },
    randomNonce,
  });
}

export async function deactivate(): Promise<void> {
  await deactivateTrialyaml();
  worker?.terminate();
  worker = undefined;
}
