// The preview page: @trialyaml/preview's rendering of the trial, locked down for a VS Code webview. A pure function
// of its input (no `vscode` import), so that tests can check the policy.
import { renderTrial, type Problem } from '@trialyaml/preview';

/** The colour scheme of the VS Code theme, which the preview follows. */
export type PreviewTheme = 'light' | 'dark';

export interface PreviewPageInput {
  /** The trial data (`loadTrial(text).data`); anything renders, partial and invalid trials included. */
  trial: unknown;
  /** A fresh random nonce (base64 of 16 random bytes): the only way a script or a style may run in the page. */
  nonce: string;
  /** `webview.asWebviewUri(<extension>/media/preview.js)`, as a string. */
  scriptUri: string;
  theme: PreviewTheme;
  /** Problems to show next to what they are about; omit to show none. */
  problems?: readonly Problem[];
  /** The day the registry deadlines panel counts from (`trialyaml.asOf`); default today. */
  asOf?: string;
  /** What the page needs to know about its document (restored with the panel when VS Code restarts). */
  state: PreviewState;
}

/** Kept by the webview (`setState`) so that `registerWebviewPanelSerializer` can restore the panel. */
export interface PreviewState {
  /** The previewed document. */
  uri: string;
  /** Whether the preview stays on its file rather than following the active trial editor. */
  locked?: boolean;
}

/** Messages from the preview script to the extension. */
export type PreviewToExtension = { type: 'ready' } | { type: 'reveal'; pointer: string };

/** Messages from the extension to the preview script. */
export type ExtensionToPreview =
  | { type: 'update'; body: string; theme: PreviewTheme; title: string }
  | { type: 'scrollTo'; pointer: string };

/**
 * Maps the page's `--ty-*` colours onto the VS Code theme (the built-in palettes have zero specificity, so a plain
 * `:root` rule wins). The fallbacks only matter outside VS Code.
 */
export const VSCODE_THEME_CSS = [
  ':root{',
  '--ty-bg:var(--vscode-editor-background,Canvas);',
  '--ty-fg:var(--vscode-editor-foreground,CanvasText);',
  '--ty-muted:var(--vscode-descriptionForeground,GrayText);',
  '--ty-accent:var(--vscode-textLink-foreground,LinkText);',
  '--ty-border:var(--vscode-panel-border,var(--vscode-widget-border,GrayText));',
  '--ty-surface:var(--vscode-editorWidget-background,Canvas);',
  '--ty-code-bg:var(--vscode-textCodeBlock-background,Canvas);',
  '--ty-error:var(--vscode-editorError-foreground,#c4231b);',
  '--ty-warning:var(--vscode-editorWarning-foreground,#a35f00);',
  '--ty-info:var(--vscode-editorInfo-foreground,#1461b8);',
  '--ty-font:var(--vscode-font-family,system-ui,sans-serif);',
  '--ty-mono:var(--vscode-editor-font-family,ui-monospace,monospace);',
  '}',
  'body{font-size:var(--vscode-font-size,14px)}',
  '.ty-page{max-width:960px}',
  // Clicking an element reveals its source; the element under the editor's cursor is marked.
  '[data-pointer]:not(main):hover{outline:1px dotted var(--vscode-editorLink-activeForeground,var(--ty-accent));outline-offset:1px}',
  '.ty-sync-target{outline:2px solid var(--vscode-focusBorder,var(--ty-accent));outline-offset:2px;border-radius:2px}',
].join('');

/** The page's Content-Security-Policy: nothing but the nonce'd stylesheet and script, and `data:` images. */
export function previewCsp(nonce: string): string {
  return `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src data:; base-uri 'none'; form-action 'none'`;
}

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&#39;',
  '<': '&lt;',
  '>': '&gt;',
};

/** Escapes a value for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&"'<>]/g, (character) => ATTRIBUTE_ESCAPES[character] ?? character);
}

function assertNonce(nonce: string): void {
  // base64 of at least 16 bytes: the nonce goes into the policy and attributes verbatim.
  if (!/^[A-Za-z0-9+/]{22,}={0,2}$/.test(nonce))
    throw new Error('The preview nonce must be base64 of 16 or more random bytes.');
}

/** The whole preview page (set as `webview.html`). */
export function buildPreviewPage(input: PreviewPageInput): string {
  assertNonce(input.nonce);
  const headHtml =
    `<meta name="trialyaml-preview" content="${escapeAttribute(JSON.stringify(input.state))}">\n` +
    `<script nonce="${input.nonce}" src="${escapeAttribute(input.scriptUri)}" defer></script>`;
  return renderTrial(input.trial, {
    theme: input.theme,
    csp: previewCsp(input.nonce),
    styleNonce: input.nonce,
    extraCss: VSCODE_THEME_CSS,
    headHtml,
    ...(input.problems ? { problems: input.problems } : {}),
    ...(input.asOf ? { asOf: input.asOf } : {}),
  });
}

/** What changes when the document changes: the content of `<body>` and the page title. */
export interface PreviewContent {
  body: string;
  title: string;
}

const BODY = /<body[^>]*>([\s\S]*)<\/body>/;
const TITLE = /<title>([\s\S]*?)<\/title>/;

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_entity, name: string) =>
    name === 'amp' ? '&' : name === 'lt' ? '<' : name === 'gt' ? '>' : name === 'quot' ? '"' : "'",
  );
}

/**
 * The body and title of a page made by {@link buildPreviewPage}: sent to the open preview as an `update` message
 * instead of reloading the page (which would flash and lose the scroll position).
 */
export function previewContent(page: string): PreviewContent {
  return {
    body: BODY.exec(page)?.[1] ?? '',
    title: decodeEntities(TITLE.exec(page)?.[1] ?? ''),
  };
}

/** The update message for a trial: the same rendering as the full page, without the shell. */
export function buildPreviewUpdate(input: PreviewPageInput): ExtensionToPreview {
  const content = previewContent(buildPreviewPage(input));
  return { type: 'update', body: content.body, title: content.title, theme: input.theme };
}

/** Whether a message from the webview is one the extension understands (webview content is not trusted). */
export function parsePreviewMessage(message: unknown): PreviewToExtension | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, pointer } = message as { type?: unknown; pointer?: unknown };
  if (type === 'ready') return { type };
  if (type === 'reveal' && typeof pointer === 'string' && (pointer === '' || pointer.startsWith('/'))) {
    return pointer.length <= 2000 ? { type, pointer } : undefined;
  }
  return undefined;
}
