// `trialyaml.showRuleDocs`: opens the documentation page of a rule. The URL comes from the server (a diagnostic's
// `codeDescription`, or a code action's argument); the page is shown from the copy bundled with the extension
// (RuleDocsPanel), and only a page the extension does not have opens in the browser.
import * as vscode from 'vscode';
import type { RuleDocsPanel } from '../docs/rule-docs-panel.js';
import { ruleIdOfPage } from '../docs/rule-page.js';
import { isTrialyamlDiagnostic } from '../preview/preview-problems.js';

/** An http(s) URL given as a string or Uri, else undefined. */
export function docsUrlOf(value: unknown): vscode.Uri | undefined {
  let uri: vscode.Uri | undefined;
  if (value instanceof vscode.Uri) uri = value;
  else if (typeof value === 'string' && /^https?:\/\//i.test(value)) {
    try {
      uri = vscode.Uri.parse(value, true);
    } catch {
      uri = undefined;
    }
  }
  return uri && (uri.scheme === 'https' || uri.scheme === 'http') ? uri : undefined;
}

interface RuleLink {
  ruleId: string;
  target: vscode.Uri;
}

function ruleLinkOf(diagnostic: vscode.Diagnostic): RuleLink | undefined {
  const code = diagnostic.code;
  if (typeof code !== 'object' || !isTrialyamlDiagnostic(diagnostic)) return undefined;
  const target = docsUrlOf(code.target);
  return target ? { ruleId: String(code.value), target } : undefined;
}

/**
 * Opens a rule's page: `arg` is its URL, or a rule id (looked up among the active document's diagnostics), or
 * nothing (the rules of the diagnostics under the cursor; a pick when there are several).
 */
export async function showRuleDocs(panel: RuleDocsPanel, arg?: unknown): Promise<void> {
  const open = async (target: vscode.Uri, ruleId: string | undefined): Promise<void> => {
    const id = ruleId ?? ruleIdOfPage(target.path);
    if (id && (await panel.show(id))) return;
    await vscode.env.openExternal(target);
  };
  const direct = docsUrlOf(arg);
  if (direct) {
    await open(direct, undefined);
    return;
  }
  const editor = vscode.window.activeTextEditor;
  const diagnostics = editor ? vscode.languages.getDiagnostics(editor.document.uri) : [];
  const links = new Map<string, RuleLink>();
  for (const diagnostic of diagnostics) {
    const link = ruleLinkOf(diagnostic);
    if (!link) continue;
    const wanted =
      typeof arg === 'string'
        ? link.ruleId === arg
        : !editor || diagnostic.range.contains(editor.selection.active);
    if (wanted) links.set(link.ruleId, link);
  }
  const found = [...links.values()];
  if (!found.length) {
    void vscode.window.showInformationMessage(
      typeof arg === 'string'
        ? `No documentation link for the rule "${arg}" in this file's problems.`
        : 'No TrialYAML problem under the cursor.',
    );
    return;
  }
  const pick =
    found.length === 1
      ? found[0]
      : await vscode.window
          .showQuickPick(
            found.map((link) => ({ label: link.ruleId, description: link.target.toString(true), link })),
            { placeHolder: 'Which rule?' },
          )
          .then((item) => item?.link);
  if (pick) await open(pick.target, pick.ruleId);
}
