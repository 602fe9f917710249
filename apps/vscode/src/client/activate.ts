// Activation shared by the Node and the browser builds: the language client, its status item, the preview and
// the commands. The entries (src/extension.ts, src/browser/extension.ts) only say how to reach the server.
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { compareWithPosted, registerPostedRecords } from '../commands/compare-posted.js';
import { registerPostedChangesView } from '../commands/posted-changes-view.js';
import { exportToCtgovJson } from '../commands/export-trial.js';
import { importFromCtgov } from '../commands/import-trial.js';
import { newTrial } from '../commands/new-trial.js';
import { PreviewManager } from '../preview/preview-manager.js';
import { registerRecordSummaryView } from '../summary/record-summary-view.js';
import { CLIENT_NAME, createClientOptions } from './client-options.js';
import { RuleDocsPanel } from '../docs/rule-docs-panel.js';
import { insertSnippet } from './insert-snippet.js';
import { showRuleDocs } from './rule-docs.js';
import { ServerStatus } from './status.js';

/** What differs between VS Code desktop (a Node process) and VS Code for the Web (a worker). */
export interface Platform {
  /** The client, not started; `output` is the channel it logs to (also in `options`). */
  createClient(options: LanguageClientOptions, output: vscode.LogOutputChannel): BaseLanguageClient;
  restartClient(client: BaseLanguageClient): Promise<void>;
  /** Base64 of 16 random bytes from the platform's cryptographic generator. */
  randomNonce(): string;
}

let activeClient: BaseLanguageClient | undefined;

export function activateTrialyaml(context: vscode.ExtensionContext, platform: Platform): void {
  const output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  const client = platform.createClient(createClientOptions(output), output);
  activeClient = client;
  const previews = new PreviewManager({
    extensionUri: context.extensionUri,
    randomNonce: () => platform.randomNonce(),
  });
  const ruleDocs = new RuleDocsPanel(context.extensionUri, () => platform.randomNonce());
  context.subscriptions.push(
    output,
    ruleDocs,
    new ServerStatus(client),
    previews,
    registerRecordSummaryView(),
    vscode.commands.registerCommand('trialyaml.newTrial', () => newTrial()),
    vscode.commands.registerCommand('trialyaml.openPreviewToSide', (uri?: unknown) =>
      previews.openToSide(uri instanceof vscode.Uri ? uri : undefined),
    ),
    vscode.commands.registerCommand('trialyaml.togglePreviewLock', () => previews.toggleLock()),
    vscode.commands.registerCommand('trialyaml.importFromCtgov', (arg?: unknown) => importFromCtgov(arg)),
    vscode.commands.registerCommand('trialyaml.exportToCtgovJson', (arg?: unknown) => exportToCtgovJson(arg)),
    registerPostedRecords(),
    registerPostedChangesView(),
    vscode.commands.registerCommand('trialyaml.compareWithPosted', (arg?: unknown) => compareWithPosted(arg)),
    vscode.commands.registerCommand('trialyaml.restartServer', async () => {
      output.info('Restarting the TrialYAML language server.');
      await platform.restartClient(client);
    }),
    vscode.commands.registerCommand('trialyaml.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('trialyaml.showRuleDocs', (arg?: unknown) => showRuleDocs(ruleDocs, arg)),
    vscode.commands.registerCommand('trialyaml.insertSnippet', (arg?: unknown) => insertSnippet(arg)),
  );
  client.start().catch((error: unknown) => {
    output.error(
      `The language server did not start: ${error instanceof Error ? error.message : String(error)}`,
    );
  });
}

export async function deactivateTrialyaml(): Promise<void> {
  const client = activeClient;
  activeClient = undefined;
  if (client?.needsStop()) await client.stop();
}
