// The change list of the last "Compare with Posted Record", as a tree in the Explorer side bar: the form sections
// in the registry's order, each with its field-level changes ("Brief Title: changed"), as the coordinator will copy
// them into the registry's forms. A click shows the field in the trial file (for a removed field, the nearest part
// of the file that is still there).
import * as vscode from 'vscode';
import { parentPointer, type TrialChange } from '@trialyaml/core';
import { REVEAL_POINTER_COMMAND } from '../summary/record-summary-view.js';

export const POSTED_CHANGES_VIEW = 'trialyaml.postedChanges';
const HAS_CHANGES_CONTEXT = 'trialyaml.hasPostedChanges';

type Node =
  { kind: 'section'; section: string; changes: TrialChange[] } | { kind: 'change'; change: TrialChange };

const ICONS: Record<TrialChange['change'], vscode.ThemeIcon> = {
  added: new vscode.ThemeIcon('diff-added', new vscode.ThemeColor('gitDecoration.addedResourceForeground')),
  removed: new vscode.ThemeIcon(
    'diff-removed',
    new vscode.ThemeColor('gitDecoration.deletedResourceForeground'),
  ),
  changed: new vscode.ThemeIcon(
    'diff-modified',
    new vscode.ThemeColor('gitDecoration.modifiedResourceForeground'),
  ),
};

/** A value as one short line: text cut at 60 characters, lists and objects summarized. */
export function shortValue(value: unknown): string {
  if (value === null || value === undefined) return '(none)';
  if (Array.isArray(value)) return `${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return '{…}';
  const text = String(value).replace(/\s+/g, ' ').trim();
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** "Arm "Placebo" · Arm/Group Description", for a change's row. */
export function changeTitle(change: TrialChange): string {
  return [...change.context, change.label].join(' · ');
}

/** "changed: 12 → 24", "added: Asthma", "removed: Mayo Clinic". */
export function changeDescription(change: TrialChange): string {
  if (change.change === 'added') return `added: ${shortValue(change.after)}`;
  if (change.change === 'removed') return `removed: ${shortValue(change.before)}`;
  return `changed: ${shortValue(change.before)} → ${shortValue(change.after)}`;
}

class PostedChangesProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private file: vscode.Uri | undefined;
  private sections: Array<Extract<Node, { kind: 'section' }>> = [];

  show(file: vscode.Uri, changes: readonly TrialChange[]): void {
    this.file = file;
    const bySection = new Map<string, TrialChange[]>();
    for (const change of changes) {
      const list = bySection.get(change.section);
      if (list) list.push(change);
      else bySection.set(change.section, [change]);
    }
    // diffTrials gives the changes in the registry's form order: the sections keep it.
    this.sections = [...bySection].map(([section, list]) => ({ kind: 'section', section, changes: list }));
    this.changed.fire();
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.sections;
    return node.kind === 'section' ? node.changes.map((change) => ({ kind: 'change', change })) : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'section') {
      const item = new vscode.TreeItem(node.section, vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${node.changes.length} change${node.changes.length === 1 ? '' : 's'}`;
      return item;
    }
    const { change } = node;
    const item = new vscode.TreeItem(changeTitle(change), vscode.TreeItemCollapsibleState.None);
    item.description = changeDescription(change);
    item.tooltip = `${changeTitle(change)}\n${changeDescription(change)}\n${change.pointer}`;
    item.iconPath = ICONS[change.change];
    if (this.file) {
      // A removed field is no longer in the file: show where it was (its parent).
      const pointer = change.change === 'removed' ? parentPointer(change.pointer) : change.pointer;
      item.command = {
        command: REVEAL_POINTER_COMMAND,
        title: 'Show in File',
        arguments: [this.file, pointer],
      };
    }
    return item;
  }
}

const provider = new PostedChangesProvider();

/** Shows the change list of a comparison in the side bar. */
export async function showPostedChanges(file: vscode.Uri, changes: readonly TrialChange[]): Promise<void> {
  provider.show(file, changes);
  await vscode.commands.executeCommand('setContext', HAS_CHANGES_CONTEXT, true);
  await vscode.commands.executeCommand(`${POSTED_CHANGES_VIEW}.focus`);
}

/** Registers the view; call once on activation. */
export function registerPostedChangesView(): vscode.Disposable {
  return vscode.window.createTreeView(POSTED_CHANGES_VIEW, { treeDataProvider: provider });
}
