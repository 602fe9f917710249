// The rule documentation panel: a rule's page, bundled with the extension (dist/rule-docs/<id>.md, copied from
// docs/rules/ by the build), rendered in a webview beside the editor, so "Show documentation" works offline and
// without the repository being reachable. Links to other rule pages open in the same panel.
import * as vscode from 'vscode';
import { isRuleId, rulePageHtml } from './rule-page.js';

export const RULE_DOCS_VIEW_TYPE = 'trialyaml.ruleDocs';

export class RuleDocsPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly randomNonce: () => string,
  ) {}

  /** The bundled page of a rule, or undefined when the extension has none for it. */
  private async pageOf(ruleId: string): Promise<string | undefined> {
    if (!isRuleId(ruleId)) return undefined;
    try {
      const uri = vscode.Uri.joinPath(this.extensionUri, 'dist', 'rule-docs', `${ruleId}.md`);
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return undefined;
    }
  }

  /** Shows a rule's page; false when it is not bundled (the caller may open the web page instead). */
  async show(ruleId: string): Promise<boolean> {
    const markdown = await this.pageOf(ruleId);
    if (markdown === undefined) return false;
    const panel = this.panelFor();
    panel.title = `Rule: ${ruleId}`;
    panel.webview.html = rulePageHtml(ruleId, markdown, {
      nonce: this.randomNonce(),
      cspSource: panel.webview.cspSource,
      scriptUri: panel.webview
        .asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'rule-docs.js'))
        .toString(),
    });
    panel.reveal(vscode.ViewColumn.Beside, true);
    return true;
  }

  private panelFor(): vscode.WebviewPanel {
    if (this.panel) return this.panel;
    const panel = vscode.window.createWebviewPanel(
      RULE_DOCS_VIEW_TYPE,
      'Rule',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')] },
    );
    panel.onDidDispose(() => (this.panel = undefined));
    panel.webview.onDidReceiveMessage((message: unknown) => this.onMessage(message));
    return (this.panel = panel);
  }

  private onMessage(message: unknown): void {
    if (typeof message !== 'object' || message === null) return;
    const { type, id, href } = message as { type?: unknown; id?: unknown; href?: unknown };
    if (type === 'rule' && isRuleId(id)) void this.show(id);
    if (type === 'external' && typeof href === 'string' && /^https?:\/\//i.test(href)) {
      void vscode.env.openExternal(vscode.Uri.parse(href, true));
    }
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
