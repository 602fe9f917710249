// One preview webview for one trial document: renders it, keeps it current while typing, follows the theme,
// reveals the source of what is clicked and scrolls to what is under the editor's cursor.
import * as vscode from 'vscode';
import { readSettings } from '../client/configuration.js';
import {
  buildPreviewPage,
  buildPreviewUpdate,
  parsePreviewMessage,
  type ExtensionToPreview,
  type PreviewPageInput,
  type PreviewTheme,
} from './preview-html.js';
import { toPreviewProblems } from './preview-problems.js';
import { TrialSnapshot } from './sync.js';

export const PREVIEW_VIEW_TYPE = 'trialyaml.preview';

/** Delay between the last keystroke and the preview update. */
const UPDATE_DELAY_MS = 250;
/** Delay between the last cursor move and the preview scrolling. */
const SCROLL_DELAY_MS = 60;

export interface PreviewHost {
  readonly extensionUri: vscode.Uri;
  /** A fresh nonce for each page (base64 of 16 random bytes). */
  randomNonce(): string;
}

/** The options every preview webview gets: scripts for media/preview.js only, resources from media/ only. */
export function previewWebviewOptions(
  extensionUri: vscode.Uri,
): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    enableCommandUris: false,
    enableForms: false,
    enableFindWidget: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

export function themeOf(kind: vscode.ColorThemeKind): PreviewTheme {
  return kind === vscode.ColorThemeKind.Light || kind === vscode.ColorThemeKind.HighContrastLight
    ? 'light'
    : 'dark';
}

/** "Preview x.trial.yaml", or "[Preview] x.trial.yaml" when locked to its file (as the markdown preview says). */
function previewTitle(document: vscode.TextDocument, locked: boolean): string {
  const name = document.uri.path.split('/').pop() || 'trial';
  return locked ? `[Preview] ${name}` : `Preview ${name}`;
}

export class TrialPreview implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private snapshot: TrialSnapshot | undefined;
  private nonce = '';
  /** The page's script has said it is listening. */
  private ready = false;
  /** The document changed while the page was loading: send an update once it is ready. */
  private stale = false;
  private updateTimer: ReturnType<typeof setTimeout> | undefined;
  private scrollTimer: ReturnType<typeof setTimeout> | undefined;
  private lastScrollPointer: string | undefined;
  /** The selection set by the last reveal: its own selection-change event must not scroll the preview back. */
  private revealedAt: vscode.Position | undefined;
  private disposed = false;
  private shown: boolean;
  /** A locked preview stays on its file; an unlocked one follows the active trial editor. */
  private lockedToFile = false;
  private readonly onDisposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.onDisposeEmitter.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private document: vscode.TextDocument,
    private readonly host: PreviewHost,
  ) {
    this.shown = panel.visible;
    panel.webview.options = previewWebviewOptions(host.extensionUri);
    panel.iconPath = vscode.Uri.joinPath(host.extensionUri, 'media', 'preview-icon.svg');
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => this.onMessage(message)),
      panel.onDidChangeViewState(({ webviewPanel }) => {
        // A hidden webview is torn down, and comes back from `webview.html` (which updates did not change).
        if (!webviewPanel.visible) this.ready = false;
        else if (!this.shown) this.renderPage();
        this.shown = webviewPanel.visible;
      }),
    );
    this.renderPage();
  }

  get uri(): vscode.Uri {
    return this.document.uri;
  }

  /** The document was reopened (a new TextDocument object for the same URI). */
  setDocument(document: vscode.TextDocument): void {
    this.document = document;
    this.scheduleUpdate(0);
  }

  get locked(): boolean {
    return this.lockedToFile;
  }

  /** Locks the preview to its file, or lets it follow the active trial editor again. */
  setLocked(locked: boolean): void {
    this.lockedToFile = locked;
    this.panel.title = previewTitle(this.document, locked);
  }

  /** Shows another document (the active trial editor changed): a new page, from the top. */
  showDocument(document: vscode.TextDocument): void {
    if (this.disposed || document.uri.toString() === this.uri.toString()) return;
    this.document = document;
    this.snapshot = undefined;
    this.lastScrollPointer = undefined;
    this.revealedAt = undefined;
    if (this.updateTimer !== undefined) clearTimeout(this.updateTimer);
    this.updateTimer = undefined;
    this.renderPage();
  }

  /** The document's text changed: update after a pause in typing. */
  scheduleUpdate(delay = UPDATE_DELAY_MS): void {
    if (this.disposed) return;
    if (this.updateTimer !== undefined) clearTimeout(this.updateTimer);
    this.updateTimer = setTimeout(() => {
      this.updateTimer = undefined;
      this.update();
    }, delay);
  }

  /** The document's diagnostics changed: show them soon, unless an update is already on its way. */
  problemsChanged(): void {
    if (this.updateTimer === undefined && readSettings(this.uri).preview.showProblems)
      this.scheduleUpdate(50);
  }

  /** Re-render now (theme, settings or problems changed). */
  update(): void {
    if (this.disposed || !this.panel.visible) return; // rendered again when shown
    if (!this.ready) {
      this.stale = true; // sent when the page says it is ready
      return;
    }
    void this.post(buildPreviewUpdate(this.pageInput()));
  }

  /** The editor's cursor moved in this document: scroll the preview to the value under it. */
  cursorMoved(editor: vscode.TextEditor): void {
    if (this.disposed || editor.document.uri.toString() !== this.uri.toString()) return;
    const active = editor.selection.active;
    if (this.revealedAt?.isEqual(active)) return;
    this.revealedAt = undefined;
    if (!readSettings(this.uri).preview.scrollPreviewWithEditor) return;
    if (this.scrollTimer !== undefined) clearTimeout(this.scrollTimer);
    this.scrollTimer = setTimeout(() => {
      this.scrollTimer = undefined;
      const pointer = this.currentSnapshot().pointerAt(editor.document.offsetAt(active));
      if (pointer === undefined || pointer === this.lastScrollPointer) return;
      this.lastScrollPointer = pointer;
      if (this.ready) void this.post({ type: 'scrollTo', pointer });
    }, SCROLL_DELAY_MS);
  }

  reveal(viewColumn?: vscode.ViewColumn): void {
    this.panel.reveal(viewColumn, true);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.updateTimer !== undefined) clearTimeout(this.updateTimer);
    if (this.scrollTimer !== undefined) clearTimeout(this.scrollTimer);
    this.panel.dispose();
    this.onDisposeEmitter.fire();
    this.onDisposeEmitter.dispose();
    while (this.disposables.length) this.disposables.pop()?.dispose();
  }

  private currentSnapshot(): TrialSnapshot {
    if (!this.snapshot || this.snapshot.version !== this.document.version || this.document.isClosed) {
      this.snapshot = new TrialSnapshot(this.document.getText(), this.document.version);
    }
    return this.snapshot;
  }

  private pageInput(): PreviewPageInput {
    const snapshot = this.currentSnapshot();
    const settings = readSettings(this.uri);
    return {
      trial: snapshot.loaded.data,
      nonce: this.nonce,
      scriptUri: this.panel.webview
        .asWebviewUri(vscode.Uri.joinPath(this.host.extensionUri, 'media', 'preview.js'))
        .toString(),
      theme: themeOf(vscode.window.activeColorTheme.kind),
      ...(settings.preview.showProblems ? { problems: this.problems(snapshot) } : {}),
      ...(settings.asOf ? { asOf: settings.asOf } : {}),
      state: { uri: this.uri.toString(), locked: this.lockedToFile },
    };
  }

  private problems(snapshot: TrialSnapshot): ReturnType<typeof toPreviewProblems> {
    const diagnostics = vscode.languages.getDiagnostics(this.uri);
    return toPreviewProblems(diagnostics, (diagnostic) => {
      const start = (diagnostic as vscode.Diagnostic).range.start;
      return snapshot.pointerAt(this.document.offsetAt(start));
    });
  }

  /** Sets the whole page (first render, and whenever the webview had to be rebuilt). */
  private renderPage(): void {
    this.ready = false;
    this.stale = false;
    this.nonce = this.host.randomNonce();
    this.panel.title = previewTitle(this.document, this.lockedToFile);
    this.panel.webview.html = buildPreviewPage(this.pageInput());
  }

  private post(message: ExtensionToPreview): Thenable<boolean> {
    return this.panel.webview.postMessage(message);
  }

  private onMessage(raw: unknown): void {
    const message = parsePreviewMessage(raw);
    if (!message) return;
    switch (message.type) {
      case 'ready':
        this.ready = true;
        if (this.stale) {
          this.stale = false;
          void this.post(buildPreviewUpdate(this.pageInput()));
        }
        if (this.lastScrollPointer !== undefined)
          void this.post({ type: 'scrollTo', pointer: this.lastScrollPointer });
        return;
      case 'reveal':
        void this.revealSource(message.pointer);
        return;
    }
  }

  /** Shows the source of a pointer clicked in the preview: cursor at the value, scrolled into view. */
  private async revealSource(pointer: string): Promise<void> {
    const range0 = this.currentSnapshot().rangeOf(pointer);
    const start = new vscode.Position(range0.start.line, range0.start.character);
    const uri = this.uri.toString();
    const visible = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === uri);
    this.revealedAt = start;
    this.lastScrollPointer = pointer;
    // Reveal the line from its first column: revealing the value (a long text's whole range, or a start far to the
    // right) would leave the editor scrolled sideways.
    const at = new vscode.Range(start.line, 0, start.line, 0);
    if (visible) {
      visible.selection = new vscode.Selection(start, start);
      visible.revealRange(at, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      return;
    }
    const column =
      this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One;
    const editor = await vscode.window.showTextDocument(this.uri, {
      viewColumn: column,
      preserveFocus: true,
      selection: new vscode.Range(start, start),
    });
    editor.revealRange(at, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}
