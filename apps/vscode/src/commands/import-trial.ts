// "TrialYAML: Import from ClinicalTrials.gov...": a registry record (a saved API v2 JSON file, or fetched by NCT
// number) becomes a trial document, opened unsaved beside the workspace files so that nothing is overwritten.
import * as vscode from 'vscode';
import {
  CtgovError,
  fetchStudy,
  importStudy,
  importStudyJson,
  isNctId,
  type ImportedStudy,
} from '@trialyaml/ctgov';
import { LANGUAGE_ID } from '../client/client-options.js';
import { readSettings } from '../client/configuration.js';

type Source = { kind: 'file'; uri: vscode.Uri } | { kind: 'nct'; id: string };

async function askForSource(): Promise<Source | undefined> {
  const choice = await vscode.window.showQuickPick(
    [
      {
        label: '$(cloud-download) By NCT number',
        detail: 'Fetch the record from the ClinicalTrials.gov API',
        source: 'nct' as const,
      },
      {
        label: '$(file) From a JSON file',
        detail: 'A study saved from the API (…/api/v2/studies/NCT…)',
        source: 'file' as const,
      },
    ],
    { title: 'Import from ClinicalTrials.gov', placeHolder: 'Where is the study record?' },
  );
  if (!choice) return undefined;
  if (choice.source === 'nct') {
    const id = await vscode.window.showInputBox({
      title: 'Import from ClinicalTrials.gov',
      prompt: 'NCT number of the study',
      placeHolder: 'NCT01234567',
      validateInput: (value) =>
        isNctId(value.trim()) ? undefined : 'NCT followed by 8 digits, e.g. NCT04011033',
    });
    return id === undefined ? undefined : { kind: 'nct', id: id.trim().toUpperCase() };
  }
  const picked = await vscode.window.showOpenDialog({
    title: 'Import a ClinicalTrials.gov study (API v2 JSON)',
    canSelectMany: false,
    openLabel: 'Import',
    filters: { 'Study JSON': ['json'] },
  });
  return picked?.[0] ? { kind: 'file', uri: picked[0] } : undefined;
}

/** `arg`: a JSON file Uri, an NCT number, or nothing to ask. */
function sourceOf(arg: unknown): Source | undefined {
  if (arg instanceof vscode.Uri) return { kind: 'file', uri: arg };
  if (typeof arg === 'string' && isNctId(arg.trim())) return { kind: 'nct', id: arg.trim().toUpperCase() };
  return undefined;
}

/** The imported study; undefined when the person cancelled the download. */
async function load(source: Source): Promise<ImportedStudy | undefined> {
  if (source.kind === 'file') return importStudyJson(await vscode.workspace.fs.readFile(source.uri));
  const baseUrl = readSettings().ctgov.apiBaseUrl;
  return vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: `Fetching ${source.id} from ClinicalTrials.gov`,
      cancellable: true,
    },
    async (_progress, token) => {
      const controller = new AbortController();
      const subscription = token.onCancellationRequested(() => controller.abort());
      try {
        const { study } = await fetchStudy(source.id, { baseUrl, signal: controller.signal });
        return importStudy(study);
      } catch (error) {
        if (token.isCancellationRequested) return undefined;
        throw error;
      } finally {
        subscription.dispose();
      }
    },
  );
}

/** An unused untitled URI named like the record (NCT….trial.yaml) in the first workspace folder. */
function untitledTarget(imported: ImportedStudy, source: Source): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return undefined;
  const stem =
    imported.nctId ??
    (source.kind === 'file'
      ? (source.uri.path.split('/').pop() ?? 'study').replace(/\.json$/i, '')
      : source.id);
  const open = new Set(vscode.workspace.textDocuments.map((document) => document.uri.toString()));
  for (let n = 1; ; n++) {
    const name = `${stem}${n === 1 ? '' : `-${n}`}.trial.yaml`;
    const uri = vscode.Uri.from({ scheme: 'untitled', path: vscode.Uri.joinPath(folder.uri, name).path });
    if (!open.has(uri.toString())) return uri;
  }
}

async function openImported(imported: ImportedStudy, source: Source): Promise<vscode.TextDocument> {
  const target = untitledTarget(imported, source);
  let document: vscode.TextDocument;
  if (target) {
    document = await vscode.workspace.openTextDocument(target);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(target, new vscode.Position(0, 0), imported.text);
    await vscode.workspace.applyEdit(edit);
  } else {
    document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: imported.text });
  }
  if (document.languageId !== LANGUAGE_ID) {
    document = await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  }
  await vscode.window.showTextDocument(document);
  return document;
}

export async function importFromCtgov(arg?: unknown): Promise<vscode.TextDocument | undefined> {
  const source = sourceOf(arg) ?? (await askForSource());
  if (!source) return undefined;
  let imported: ImportedStudy | undefined;
  try {
    imported = await load(source);
  } catch (error) {
    const what = source.kind === 'nct' ? source.id : source.uri.path.split('/').pop();
    // These messages are written for people (what failed and what to do); anything else is a bug.
    const message =
      error instanceof CtgovError || error instanceof vscode.FileSystemError
        ? error.message
        : `Internal error (${error instanceof Error ? error.message : String(error)}); please report it.`;
    void vscode.window.showErrorMessage(`Could not import ${what}: ${message}`);
    return undefined;
  }
  if (!imported) return undefined;
  const document = await openImported(imported, source);
  const notes = [
    imported.findings.length
      ? `${imported.findings.length} value(s) do not follow the trial schema (see the Problems panel)`
      : '',
    imported.omittedSections.length ? `not imported: ${imported.omittedSections.join(', ')}` : '',
  ].filter(Boolean);
  void vscode.window.showInformationMessage(
    `Imported ${imported.nctId ?? 'the study'}${notes.length ? `; ${notes.join('; ')}` : ''}. Save the file to keep it.`,
  );
  return document;
}
