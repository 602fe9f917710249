// "TrialYAML: Export to ClinicalTrials.gov JSON": the trial as the registry's study JSON (`{ protocolSection }`),
// written next to the trial file as <name>.json (or opened unsaved for an untitled draft).
import * as vscode from 'vscode';
import { exportTrialJson } from '@trialyaml/ctgov';
import { LANGUAGE_ID } from '../client/client-options.js';
import { fileExists } from './file-exists.js';

/** `NCT01234567.trial.yaml` → `NCT01234567.json` in the same folder. */
export function exportTarget(source: vscode.Uri): vscode.Uri {
  const name = source.path.split('/').pop() ?? 'trial';
  const stem = /\.trial\.ya?ml$/i.test(name)
    ? name.replace(/\.trial\.ya?ml$/i, '')
    : name.replace(/\.ya?ml$/i, '');
  return vscode.Uri.joinPath(source, '..', `${stem}.json`);
}

async function documentFor(arg: unknown): Promise<vscode.TextDocument | undefined> {
  if (arg instanceof vscode.Uri) return vscode.workspace.openTextDocument(arg);
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === LANGUAGE_ID ? document : undefined;
}

/** `arg`: the trial file (from the explorer's context menu); default the active trial editor. */
export async function exportToCtgovJson(arg?: unknown): Promise<vscode.Uri | undefined> {
  const document = await documentFor(arg);
  if (!document) {
    void vscode.window.showInformationMessage('Open a trial file (*.trial.yaml) to export it.');
    return undefined;
  }
  const name = document.uri.path.split('/').pop() ?? 'trial';
  const result = exportTrialJson(document.getText(), { filename: name });
  if (!result.ok || result.json === undefined) {
    const errors = result.problems.filter((problem) => problem.severity === 'error');
    const first = errors[0];
    const detail = first ? ` First, line ${first.line}: ${first.message}` : '';
    void vscode.window
      .showErrorMessage(
        `${name} cannot be exported: ${errors.length} error(s) in the YAML or against the schema.${detail}`,
        'Show Problems',
      )
      .then((choice) => {
        if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
      });
    return undefined;
  }
  if (document.uri.scheme === 'untitled') {
    const json = await vscode.workspace.openTextDocument({ language: 'json', content: result.json });
    await vscode.window.showTextDocument(json, vscode.ViewColumn.Beside);
    return json.uri;
  }
  const target = exportTarget(document.uri);
  const targetName = target.path.split('/').pop() ?? 'study.json';
  if (await fileExists(target)) {
    const replace = await vscode.window.showWarningMessage(
      `${targetName} already exists. Replace it with the export of ${name}?`,
      { modal: true },
      'Replace',
    );
    if (replace !== 'Replace') return undefined;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.json));
  void vscode.window.showInformationMessage(`Exported ${name} to ${targetName}.`, 'Open').then((choice) => {
    if (choice) void vscode.window.showTextDocument(target, { viewColumn: vscode.ViewColumn.Beside });
  });
  return target;
}
