// VS Code desktop: the language server runs as a Node process (dist/server.js) over IPC.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateTrialyaml, deactivateTrialyaml } from './client/activate.js';
import { CLIENT_ID, CLIENT_NAME } from './client/client-options.js';

export function activate(context: vscode.ExtensionContext): void {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    // "Run Extension" in debug mode: attach a debugger to the server on port 6011.
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  activateTrialyaml(context, {
    createClient: (options) => new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, options),
    restartClient: (client) => (client as LanguageClient).restart(),
    randomNonce: () => randomBytes(16).toString('base64'),
  });
}

export function deactivate(): Promise<void> {
  return deactivateTrialyaml();
}
