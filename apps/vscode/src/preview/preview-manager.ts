// The previews of the open trial documents (one per document): the "Open Preview to the Side" command, the
// events that keep them current, and restoring them when VS Code restarts. As the markdown preview does, a preview
// follows the active trial editor unless it is locked to its file (TrialYAML: Toggle Preview Lock).
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../client/client-options.js';
import { PREVIEW_VIEW_TYPE, TrialPreview, previewWebviewOptions, type PreviewHost } from './preview-panel.js';

/** Whether a restored preview was locked to its file. */
function restoredLock(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as { locked?: unknown }).locked === true;
}

/** The state a preview page keeps (its document), checked: only trial files are reopened. */
function restoredUri(state: unknown): vscode.Uri | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const { uri } = state as { uri?: unknown };
  if (typeof uri !== 'string') return undefined;
  try {
    const parsed = vscode.Uri.parse(uri, true);
    return parsed.scheme === 'untitled' || /\.trial\.ya?ml$/i.test(parsed.path) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export class PreviewManager implements vscode.Disposable {
  private readonly previews = new Map<string, TrialPreview>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly host: PreviewHost) {
    this.disposables.push(
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
        deserializeWebviewPanel: (panel, state) => this.restore(panel, state),
      }),
      vscode.workspace.onDidChangeTextDocument(({ document, contentChanges }) => {
        if (contentChanges.length) this.previewOf(document.uri)?.scheduleUpdate();
      }),
      vscode.workspace.onDidOpenTextDocument((document) =>
        this.previewOf(document.uri)?.setDocument(document),
      ),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      vscode.window.onDidChangeTextEditorSelection(({ textEditor }) =>
        this.previewOf(textEditor.document.uri)?.cursorMoved(textEditor),
      ),
      vscode.window.onDidChangeActiveColorTheme(() => this.updateAll()),
      vscode.languages.onDidChangeDiagnostics(({ uris }) => {
        for (const uri of uris) this.previewOf(uri)?.problemsChanged();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('trialyaml.preview')) this.updateAll();
      }),
    );
  }

  /** Opens (or shows) the preview of a trial document beside its editor. */
  async openToSide(resource?: vscode.Uri): Promise<TrialPreview | undefined> {
    const document = await this.documentFor(resource);
    if (!document) {
      void vscode.window.showInformationMessage('Open a trial file (*.trial.yaml) to preview it.');
      return undefined;
    }
    const existing = this.previewOf(document.uri);
    if (existing) {
      existing.reveal(vscode.ViewColumn.Beside);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      'Trial Preview',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      previewWebviewOptions(this.host.extensionUri),
    );
    const preview = this.track(new TrialPreview(panel, document, this.host));
    // Start where the editor's cursor is.
    const editor = vscode.window.activeTextEditor;
    if (editor?.document === document) preview.cursorMoved(editor);
    return preview;
  }

  /** Locks the active (or only) preview to its file, or unlocks it. */
  toggleLock(): void {
    const all = [...this.previews.values()];
    const preview =
      all.find((candidate) => candidate.panel.active) ?? (all.length === 1 ? all[0] : undefined);
    if (!preview) {
      void vscode.window.showInformationMessage('Focus a trial preview to lock or unlock it.');
      return;
    }
    preview.setLocked(!preview.locked);
  }

  /** The active editor changed: an unlocked preview follows it to another trial file (none when it has its own). */
  private follow(editor: vscode.TextEditor | undefined): void {
    const document = editor?.document;
    if (!document || document.languageId !== LANGUAGE_ID || this.previewOf(document.uri)) return;
    const preview = [...this.previews.values()].find((candidate) => !candidate.locked);
    if (!preview) return;
    this.previews.delete(preview.uri.toString());
    preview.showDocument(document);
    this.previews.set(preview.uri.toString(), preview);
    if (editor) preview.cursorMoved(editor);
  }

  /** The preview of a document, if one is open. */
  previewOf(uri: vscode.Uri): TrialPreview | undefined {
    return this.previews.get(uri.toString());
  }

  dispose(): void {
    for (const preview of [...this.previews.values()]) preview.dispose();
    this.previews.clear();
    while (this.disposables.length) this.disposables.pop()?.dispose();
  }

  private updateAll(): void {
    for (const preview of this.previews.values()) preview.update();
  }

  private track(preview: TrialPreview): TrialPreview {
    this.previews.set(preview.uri.toString(), preview);
    // The preview may have followed other files since: forget it under whatever file it shows now.
    preview.onDidDispose(() => {
      for (const [key, candidate] of this.previews) if (candidate === preview) this.previews.delete(key);
    });
    return preview;
  }

  private async documentFor(resource: vscode.Uri | undefined): Promise<vscode.TextDocument | undefined> {
    if (resource instanceof vscode.Uri) {
      try {
        return await vscode.workspace.openTextDocument(resource);
      } catch {
        return undefined;
      }
    }
    const document = vscode.window.activeTextEditor?.document;
    return document?.languageId === LANGUAGE_ID ? document : undefined;
  }

  private async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const uri = restoredUri(state);
    let document: vscode.TextDocument | undefined;
    try {
      document = uri ? await vscode.workspace.openTextDocument(uri) : undefined;
    } catch {
      document = undefined;
    }
    if (!document || this.previewOf(document.uri)) {
      panel.dispose();
      return;
    }
    this.track(new TrialPreview(panel, document, this.host)).setLocked(restoredLock(state));
  }
}
