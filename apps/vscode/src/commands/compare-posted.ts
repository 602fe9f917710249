// "TrialYAML: Compare with Posted Record": VS Code's diff view of the registry's posted record (as a trial file,
// read-only) against the trial being edited, and a message with the number of changes in registry terms (core's
// semantic diff: what a coordinator copies into the registry's forms, not the formatting).
import * as vscode from 'vscode';
import { diffTrials, isPlainObject, loadTrial } from '@trialyaml/core';
import { CtgovError, fetchStudy, importStudy, isNctId } from '@trialyaml/ctgov';
import { LANGUAGE_ID } from '../client/client-options.js';
import { readSettings } from '../client/configuration.js';
import { showPostedChanges } from './posted-changes-view.js';

/** The scheme of the read-only documents that hold posted records. */
export const POSTED_SCHEME = 'trialyaml-posted';

/** What the command did, for tests and other extensions. */
export interface PostedComparison {
  nctId: string;
  /** Field-level changes in registry terms (core's `diffTrials`). */
  changes: number;
  /** The posted record's document (left side of the diff view). */
  posted: vscode.Uri;
}

/** The posted records fetched in this session, by their document's URI. */
class PostedRecords implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  set(uri: vscode.Uri, text: string): void {
    this.texts.set(uri.toString(), text);
    this.changed.fire(uri);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }

  dispose(): void {
    this.changed.dispose();
  }
}

const records = new PostedRecords();

/** Registers the read-only documents of posted records; call once on activation. */
export function registerPostedRecords(): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.workspace.registerTextDocumentContentProvider(POSTED_SCHEME, records),
    records,
  );
}

function nctIdOf(data: unknown): string | undefined {
  const identification = isPlainObject(data) ? data.identificationModule : undefined;
  const id = isPlainObject(identification) ? identification.nctId : undefined;
  return typeof id === 'string' && isNctId(id.trim()) ? id.trim().toUpperCase() : undefined;
}

async function fetchPostedText(nctId: string): Promise<{ text: string; data: unknown } | undefined> {
  const baseUrl = readSettings().ctgov.apiBaseUrl;
  return vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: `Fetching ${nctId} from ClinicalTrials.gov`,
      cancellable: true,
    },
    async (_progress, token) => {
      const controller = new AbortController();
      const subscription = token.onCancellationRequested(() => controller.abort());
      try {
        const { study } = await fetchStudy(nctId, { baseUrl, signal: controller.signal });
        const imported = importStudy(study, { schema: false });
        return { text: imported.text, data: imported.protocolSection };
      } catch (error) {
        if (token.isCancellationRequested) return undefined;
        throw error;
      } finally {
        subscription.dispose();
      }
    },
  );
}

/** `arg`: the trial file's URI (default: the active trial editor). */
export async function compareWithPosted(arg?: unknown): Promise<PostedComparison | undefined> {
  const document =
    arg instanceof vscode.Uri
      ? await vscode.workspace.openTextDocument(arg)
      : vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== LANGUAGE_ID) {
    void vscode.window.showInformationMessage(
      'Open a trial file (*.trial.yaml) to compare it with its posted record.',
    );
    return undefined;
  }
  const loaded = loadTrial(document.getText());
  const problem = loaded.problems.find((found) => found.severity === 'error');
  if (!loaded.ok || problem) {
    void vscode.window.showErrorMessage(
      `The trial does not read as YAML (line ${problem?.range.line ?? 1}): ${problem?.message ?? 'unknown problem'}`,
    );
    return undefined;
  }
  let nctId = nctIdOf(loaded.data);
  if (!nctId) {
    const typed = await vscode.window.showInputBox({
      title: 'Compare with Posted Record',
      prompt: 'The trial has no NCT number yet: which registry record to compare it with?',
      placeHolder: 'NCT01234567',
      validateInput: (value) =>
        isNctId(value.trim()) ? undefined : 'NCT followed by 8 digits, e.g. NCT04011033',
    });
    if (typed === undefined) return undefined;
    nctId = typed.trim().toUpperCase();
  }
  let posted: { text: string; data: unknown } | undefined;
  try {
    posted = await fetchPostedText(nctId);
  } catch (error) {
    const message =
      error instanceof CtgovError
        ? error.message
        : `Internal error (${error instanceof Error ? error.message : String(error)}); please report it.`;
    void vscode.window.showErrorMessage(`Could not fetch ${nctId}: ${message}`);
    return undefined;
  }
  if (!posted) return undefined;
  const uri = vscode.Uri.from({ scheme: POSTED_SCHEME, path: `/${nctId}.posted.trial.yaml` });
  records.set(uri, posted.text);
  const postedDocument = await vscode.workspace.openTextDocument(uri);
  if (postedDocument.languageId !== LANGUAGE_ID)
    await vscode.languages.setTextDocumentLanguage(postedDocument, LANGUAGE_ID);
  const name = document.uri.path.split('/').pop() ?? 'trial';
  await vscode.commands.executeCommand('vscode.diff', uri, document.uri, `${nctId} (posted) ↔ ${name}`);
  const changes = diffTrials(posted.data, loaded.data);
  const fields = [...new Set(changes.map((change) => change.label))];
  await showPostedChanges(document.uri, changes);
  void vscode.window.showInformationMessage(
    changes.length
      ? `${changes.length} change${changes.length === 1 ? '' : 's'} in registry terms since the posted record: ${fields.slice(0, 5).join(', ')}${fields.length > 5 ? ', …' : ''}.`
      : 'No differences in registry terms from the posted record (only formatting, comments or order, if anything).',
  );
  return { nctId, changes: changes.length, posted: uri };
}
