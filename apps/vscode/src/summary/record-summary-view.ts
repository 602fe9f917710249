// The record summary as a tree in the Explorer side bar: every form section of the active trial file in the
// registry's order, "Complete", "Not started" or its error and warning counts; a click reveals the section's first
// problem (or the module) in the editor. The same summary as the preview's and `trialyaml lint --format summary`
// (core's `summarizeSections`), fed by the editor's diagnostics.
import * as vscode from 'vscode';
import { describeSection, sectionState, type SectionSummary } from '@trialyaml/core';
import { TrialSnapshot } from '../preview/sync.js';
import { recordSummarySections } from './record-summary-sections.js';

export const RECORD_SUMMARY_VIEW = 'trialyaml.recordSummary';
export const REVEAL_POINTER_COMMAND = 'trialyaml.revealPointer';
/** Context key: the active editor holds a trial file (the view is shown only then). */
const ACTIVE_CONTEXT = 'trialyaml.trialActive';
const LANGUAGE_ID = 'trial-yaml';

const ICONS: Record<ReturnType<typeof sectionState>, vscode.ThemeIcon> = {
  complete: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
  problems: new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')),
  'not-started': new vscode.ThemeIcon('circle-large-outline'),
};
const ERROR_ICON = new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));

class RecordSummaryProvider implements vscode.TreeDataProvider<SectionSummary> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private document: vscode.TextDocument | undefined;

  /** Follows the active editor; returns whether it holds a trial file. */
  follow(editor: vscode.TextEditor | undefined): boolean {
    const document = editor?.document.languageId === LANGUAGE_ID ? editor.document : undefined;
    if (document || !editor) this.document = document;
    this.refresh();
    return this.document !== undefined;
  }

  /** The file shown, as the view's description. */
  fileName(): string {
    return this.document ? (this.document.uri.path.split('/').pop() ?? '') : '';
  }

  shows(uri: vscode.Uri): boolean {
    return this.document?.uri.toString() === uri.toString();
  }

  refresh(): void {
    this.changed.fire();
  }

  getChildren(element?: SectionSummary): SectionSummary[] {
    const document = this.document;
    if (element || !document || document.isClosed) return [];
    const snapshot = new TrialSnapshot(document.getText(), document.version);
    return recordSummarySections(
      snapshot.loaded.data,
      vscode.languages.getDiagnostics(document.uri),
      (diagnostic) => snapshot.pointerAt(document.offsetAt(diagnostic.range.start)),
    );
  }

  getTreeItem(section: SectionSummary): vscode.TreeItem {
    const item = new vscode.TreeItem(section.label, vscode.TreeItemCollapsibleState.None);
    item.id = section.module;
    item.description = describeSection(section);
    item.iconPath = section.errors ? ERROR_ICON : ICONS[sectionState(section)];
    item.tooltip = `${section.label}: ${item.description} (${section.module})`;
    if (this.document) {
      item.command = {
        command: REVEAL_POINTER_COMMAND,
        title: 'Reveal in Editor',
        arguments: [this.document.uri, section.pointer],
      };
    }
    return item;
  }
}

/** Shows the value at a JSON pointer of a trial file (its nearest existing ancestor when it is missing). */
async function revealPointer(uri: unknown, pointer: unknown): Promise<void> {
  if (!(uri instanceof vscode.Uri) || typeof pointer !== 'string') return;
  const document = await vscode.workspace.openTextDocument(uri);
  const range0 = new TrialSnapshot(document.getText(), document.version).rangeOf(pointer);
  const start = new vscode.Position(range0.start.line, range0.start.character);
  const end = new vscode.Position(range0.end.line, range0.end.character);
  const editor = await vscode.window.showTextDocument(document, {
    selection: new vscode.Range(start, start),
  });
  editor.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Registers the view, its reveal command and what keeps it current. */
export function registerRecordSummaryView(): vscode.Disposable {
  const provider = new RecordSummaryProvider();
  const view = vscode.window.createTreeView(RECORD_SUMMARY_VIEW, { treeDataProvider: provider });
  const setActive = (editor: vscode.TextEditor | undefined): void => {
    void vscode.commands.executeCommand('setContext', ACTIVE_CONTEXT, provider.follow(editor));
    view.description = provider.fileName();
  };
  setActive(vscode.window.activeTextEditor);
  return vscode.Disposable.from(
    view,
    vscode.commands.registerCommand(REVEAL_POINTER_COMMAND, revealPointer),
    vscode.window.onDidChangeActiveTextEditor(setActive),
    vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((uri) => provider.shows(uri))) provider.refresh();
    }),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (provider.shows(event.document.uri)) provider.refresh();
    }),
  );
}
