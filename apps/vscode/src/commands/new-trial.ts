// "TrialYAML: New Trial": asks for a file name, creates the file with core's new-trial template and opens it, the
// template as a snippet (Tab moves from one placeholder to the next; codes are offered as choices).
import { newTrialSnippet, snippetToText } from '@trialyaml/core';
import * as vscode from 'vscode';
import { readSettings } from '../client/configuration.js';

const TITLE = 'New Trial';
const SUFFIX = '.trial.yaml';
/** More drafts than anyone keeps in one folder: past it, the default name stops counting. */
const MAX_NUMBERED_DEFAULTS = 100;

/** Today in the local time zone, yyyy-MM-dd. */
export function localToday(now = new Date()): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The file name for what was typed: `ABC-123` becomes `ABC-123.trial.yaml`; a name already ending in
 * `.trial.yaml` or `.trial.yml` stays. Undefined with the reason when it cannot be a file name here.
 */
export function trialFileName(typed: string): { name: string } | { problem: string } {
  const value = typed.trim();
  if (!value) return { problem: 'Type a file name, e.g. ABC-123.trial.yaml (your study ID).' };
  if (/[\\/]/.test(value)) return { problem: 'Type a file name without folders.' };
  // Characters no file system takes everywhere (Windows is the strictest).
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (/[<>:"|?*\u0000-\u001f]/.test(value) || value === '.' || value === '..')
    return { problem: `"${value}" cannot be a file name: leave out < > : " | ? * and control characters.` };
  if (/\.trial\.ya?ml$/i.test(value)) return { name: value };
  return { name: `${value.replace(/\.ya?ml$/i, '')}${SUFFIX}` };
}

/** Where the new file goes: the folder of the active file, else the (first) workspace folder. */
function targetFolder(): vscode.Uri | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active && active.scheme !== 'untitled') {
    const folder = vscode.workspace.getWorkspaceFolder(active);
    // A file outside the workspace (opened on its own) still names a folder the author chose.
    if (folder || active.scheme === 'file') return vscode.Uri.joinPath(active, '..');
  }
  return vscode.workspace.workspaceFolders?.[0]?.uri;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** `draft.trial.yaml`, or `draft-2.trial.yaml` and so on when that is taken. */
async function defaultName(folder: vscode.Uri): Promise<string> {
  for (let n = 1; n <= MAX_NUMBERED_DEFAULTS; n++) {
    const name = `draft${n === 1 ? '' : `-${n}`}${SUFFIX}`;
    if (!(await exists(vscode.Uri.joinPath(folder, name)))) return name;
  }
  return `draft${SUFFIX}`;
}

function alreadyThere(name: string): string {
  return `${name} already exists here; choose another name (New Trial never overwrites a file).`;
}

/** Asks for the file name until it names a file that does not exist yet; undefined when the author cancels. */
async function askForTarget(folder: vscode.Uri): Promise<vscode.Uri | undefined> {
  let value = await defaultName(folder);
  for (;;) {
    const typed = await vscode.window.showInputBox({
      title: TITLE,
      prompt: `File name in ${vscode.workspace.asRelativePath(folder, true) || folder.path} (name it after your study ID, e.g. ABC-123${SUFFIX})`,
      value,
      valueSelection: [0, value.length - SUFFIX.length],
      validateInput: async (input) => {
        const checked = trialFileName(input);
        if ('problem' in checked) return checked.problem;
        return (await exists(vscode.Uri.joinPath(folder, checked.name)))
          ? alreadyThere(checked.name)
          : undefined;
      },
    });
    if (typed === undefined) return undefined;
    const checked = trialFileName(typed);
    if ('problem' in checked) {
      value = typed;
      continue;
    }
    const target = vscode.Uri.joinPath(folder, checked.name);
    // Checked again: the file may have appeared while the box was open.
    if (!(await exists(target))) return target;
    void vscode.window.showWarningMessage(alreadyThere(checked.name));
    value = checked.name;
  }
}

/** Without a folder to put it in: the save dialog, which names the folder too. */
async function askWithoutFolder(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showSaveDialog({
    title: TITLE,
    saveLabel: 'Create',
    filters: { 'Trial YAML': ['trial.yaml', 'trial.yml'] },
  });
  if (!picked) return undefined;
  if (await exists(picked)) {
    void vscode.window.showErrorMessage(alreadyThere(picked.path.split('/').pop() ?? picked.path));
    return undefined;
  }
  return picked;
}

/**
 * Creates a trial file from the template and opens it; undefined when the author cancelled. The file holds the
 * template from the start (as `trialyaml new` writes it); the editor then lays the same text out as a snippet.
 */
export async function newTrial(): Promise<vscode.TextEditor | undefined> {
  const folder = targetFolder();
  const target = folder ? await askForTarget(folder) : await askWithoutFolder();
  if (!target) return undefined;
  // Dates follow `trialyaml.asOf` when set: the draft plans its dates from the same "today" the checks use.
  const snippet = newTrialSnippet({ today: readSettings().asOf ?? localToday() });
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(snippetToText(snippet)));
  const document = await vscode.workspace.openTextDocument(target);
  const editor = await vscode.window.showTextDocument(document);
  const whole = document.validateRange(new vscode.Range(0, 0, document.lineCount, 0));
  await editor.insertSnippet(new vscode.SnippetString(snippet), whole);
  return editor;
}
