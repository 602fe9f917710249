// "TrialYAML: New Trial": asks for the Organization's Unique Protocol ID (first, as the registry's "Create New
// Record" does; optional), then for a file name (default `<ID>.trial.yaml`, else `draft.trial.yaml`), creates the
// file with core's new-trial template (the ID filled in) and opens it, the template as a snippet (Tab moves from
// one placeholder to the next; codes are offered as choices).
import { newTrialSnippet, orgStudyIdProblem, snippetToText } from '@trialyaml/core';
import * as vscode from 'vscode';
import { readSettings } from '../client/configuration.js';
import { fileExists } from './file-exists.js';
import { SUFFIX, fileStemOf, trialFileName } from './trial-file-name.js';

const TITLE = 'New Trial';
/** More drafts than anyone keeps in one folder: past it, the default name stops counting. */
const MAX_NUMBERED_DEFAULTS = 100;

/** Today in the local time zone, yyyy-MM-dd. */
export function localToday(now = new Date()): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
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

/** `<stem>.trial.yaml`, or `<stem>-2.trial.yaml` and so on when that is taken. */
async function defaultName(folder: vscode.Uri, stem: string): Promise<string> {
  for (let n = 1; n <= MAX_NUMBERED_DEFAULTS; n++) {
    const name = `${stem}${n === 1 ? '' : `-${n}`}${SUFFIX}`;
    if (!(await fileExists(vscode.Uri.joinPath(folder, name)))) return name;
  }
  return `${stem}${SUFFIX}`;
}

/**
 * Asks for the Organization's Unique Protocol ID, checked as the schema checks it. Empty or Escape: none (the
 * template keeps its placeholder); New Trial goes on either way.
 */
async function askForOrgStudyId(): Promise<string | undefined> {
  const typed = await vscode.window.showInputBox({
    title: `${TITLE}: Unique Protocol Identification Number`,
    prompt:
      "Your organization's unique protocol ID for the study (e.g. the protocol number); it also names the file. Optional: press Enter or Escape to leave it for later.",
    placeHolder: 'e.g. ABC-123',
    ignoreFocusOut: true,
    validateInput: (input) => orgStudyIdProblem(input),
  });
  const id = typed?.trim();
  return id && !orgStudyIdProblem(id) ? id : undefined;
}
function alreadyThere(name: string): string {
  return `${name} already exists here; choose another name (New Trial never overwrites a file).`;
}

/** Asks for the file name until it names a file that does not exist yet; undefined when the author cancels. */
async function askForTarget(folder: vscode.Uri, stem: string): Promise<vscode.Uri | undefined> {
  let value = await defaultName(folder, stem);
  for (;;) {
    const typed = await vscode.window.showInputBox({
      title: TITLE,
      prompt: `File name in ${vscode.workspace.asRelativePath(folder, true) || folder.path} (name it after your study ID, e.g. ABC-123${SUFFIX})`,
      value,
      valueSelection: [0, value.length - SUFFIX.length],
      validateInput: async (input) => {
        const checked = trialFileName(input);
        if ('problem' in checked) return checked.problem;
        return (await fileExists(vscode.Uri.joinPath(folder, checked.name)))
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
    if (!(await fileExists(target))) return target;
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
  if (await fileExists(picked)) {
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
  const orgStudyId = await askForOrgStudyId();
  const target = folder ? await askForTarget(folder, fileStemOf(orgStudyId)) : await askWithoutFolder();
  if (!target) return undefined;
  // Dates follow `trialyaml.asOf` when set: the draft plans its dates from the same "today" the checks use.
  const snippet = newTrialSnippet({
    today: readSettings().asOf ?? localToday(),
    ...(orgStudyId ? { orgStudyId } : {}),
  });
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(snippetToText(snippet)));
  const document = await vscode.workspace.openTextDocument(target);
  const editor = await vscode.window.showTextDocument(document);
  const whole = document.validateRange(new vscode.Range(0, 0, document.lineCount, 0));
  await editor.insertSnippet(new vscode.SnippetString(snippet), whole);
  return editor;
}
