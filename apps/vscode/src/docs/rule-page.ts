// A rule's documentation page (docs/rules/<id>.md, bundled with the extension) as the HTML of a webview. No `vscode`
// import: unit-tested without VS Code. The markdown is the project's own, but it is rendered with raw HTML off and
// every link rewritten, so the page can only ask the extension to open another rule page or an http(s) address.
import MarkdownIt from 'markdown-it';

/** Where the pages live in the repository: relative links that leave docs/rules/ resolve against it. */
export const DOCS_RULES_BASE = 'https://github.com/trialyaml/trialyaml/blob/main/docs/rules/';

const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The rule id of a rule page's address (`…/docs/rules/<id>.md`, or `<id>.md` relative to another page). */
export function ruleIdOfPage(href: string): string | undefined {
  const match = /(?:^|\/docs\/rules\/|^\.\/)([a-z0-9-]+)\.md(?:#.*)?$/.exec(href);
  const id = match?.[1];
  return id && RULE_ID.test(id) ? id : undefined;
}

/** Whether a string is a rule id (the name of a bundled page). */
export function isRuleId(value: unknown): value is string {
  return typeof value === 'string' && RULE_ID.test(value);
}

function markdown(): MarkdownIt {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  const defaultLink =
    md.renderer.rules.link_open ??
    ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    if (!token) return '';
    const href = token.attrGet('href') ?? '';
    const ruleId = ruleIdOfPage(href);
    let external: string | undefined;
    if (!ruleId) {
      try {
        const url = new URL(href, DOCS_RULES_BASE);
        if (url.protocol === 'https:' || url.protocol === 'http:') external = url.href;
      } catch {
        external = undefined;
      }
    }
    token.attrs = [['href', '#']];
    if (ruleId) token.attrSet('data-rule', ruleId);
    else if (external) {
      token.attrSet('data-external', external);
      token.attrSet('title', external);
    }
    return defaultLink(tokens, idx, options, env, self);
  };
  return md;
}

const renderer = markdown();

/** The webview page of a rule's markdown: the page's own script (by nonce) and styles only. */
export function rulePageHtml(
  ruleId: string,
  markdownText: string,
  options: { nonce: string; cspSource: string; scriptUri: string },
): string {
  // The pages' HTML comments (the generated header's markers) are for editors of the file, not for readers.
  const body = renderer.render(markdownText.replace(/<!--[\s\S]*?-->/g, ''));
  const csp = [
    "default-src 'none'",
    `style-src 'nonce-${options.nonce}'`,
    `script-src 'nonce-${options.nonce}'`,
    `img-src ${options.cspSource} data:`,
  ].join('; ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(ruleId)}</title>
<style nonce="${options.nonce}">
body{font-family:var(--vscode-font-family);font-size:var(--vscode-font-size);color:var(--vscode-foreground);padding:0 20px 20px;max-width:60rem;line-height:1.5}
a{color:var(--vscode-textLink-foreground)}
code,pre{font-family:var(--vscode-editor-font-family);font-size:.95em}
pre{background:var(--vscode-textCodeBlock-background);padding:8px 12px;overflow-x:auto;border-radius:4px}
table{border-collapse:collapse}td,th{border:1px solid var(--vscode-panel-border);padding:2px 8px}
</style>
</head>
<body data-rule-page="${escapeHtml(ruleId)}">
${body}
<script nonce="${options.nonce}" src="${escapeHtml(options.scriptUri)}"></script>
</body>
</html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
