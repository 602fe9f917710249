// The language status item of trial files ({} in the status bar): whether the server runs, and the problem count
// of the active trial document. Restarts the server when it has stopped.
import * as vscode from 'vscode';
import { State, type BaseLanguageClient } from 'vscode-languageclient';
import { LANGUAGE_ID } from './client-options.js';
import { isTrialyamlDiagnostic } from '../preview/preview-problems.js';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** "2 errors, 1 warning" for the TrialYAML diagnostics of a document. */
export function problemSummary(diagnostics: readonly vscode.Diagnostic[]): string {
  const own = diagnostics.filter(isTrialyamlDiagnostic);
  const errors = own.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
  const warnings = own.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
  const notes = own.length - errors - warnings;
  if (!own.length) return 'No problems';
  return [
    errors ? plural(errors, 'error') : '',
    warnings ? plural(warnings, 'warning') : '',
    notes ? plural(notes, 'note') : '',
  ]
    .filter(Boolean)
    .join(', ');
}

export class ServerStatus implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly disposables: vscode.Disposable[] = [];
  private state: State = State.Stopped;

  constructor(client: BaseLanguageClient) {
    this.item = vscode.languages.createLanguageStatusItem('trialyaml.status', { language: LANGUAGE_ID });
    this.item.name = 'TrialYAML';
    this.disposables.push(
      this.item,
      client.onDidChangeState(({ newState }) => {
        this.state = newState;
        this.render();
      }),
      vscode.languages.onDidChangeDiagnostics(({ uris }) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (uris.some((uri) => uri.toString() === active)) this.render();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
    );
    this.state = client.state;
    this.render();
  }

  dispose(): void {
    while (this.disposables.length) this.disposables.pop()?.dispose();
  }

  private render(): void {
    const item = this.item;
    switch (this.state) {
      case State.Starting:
        item.text = 'TrialYAML';
        item.detail = 'starting the server';
        item.busy = true;
        item.severity = vscode.LanguageStatusSeverity.Information;
        item.command = { title: 'Show Output', command: 'trialyaml.showOutput' };
        return;
      case State.Running: {
        const document = vscode.window.activeTextEditor?.document;
        item.text = '$(check) TrialYAML';
        item.detail = document ? problemSummary(vscode.languages.getDiagnostics(document.uri)) : 'running';
        item.busy = false;
        item.severity = vscode.LanguageStatusSeverity.Information;
        item.command = { title: 'Show Output', command: 'trialyaml.showOutput' };
        return;
      }
      default:
        item.text = '$(error) TrialYAML';
        item.detail =
          this.state === State.StartFailed ? 'the server failed to start' : 'the server is stopped';
        item.busy = false;
        item.severity = vscode.LanguageStatusSeverity.Error;
        item.command = { title: 'Restart Server', command: 'trialyaml.restartServer' };
    }
  }
}
