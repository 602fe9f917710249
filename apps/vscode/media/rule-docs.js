// The rule documentation page's only script: a click on a link asks the extension to open it (another rule's page
// in this panel, or an http(s) address in the browser). The page itself comes from src/docs/rule-page.ts.
// @ts-check
/* global acquireVsCodeApi, document, Element -- the webview is a browser page */
(function () {
  'use strict';
  /** @type {{ postMessage(message: unknown): void }} */
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', (event) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    const link = target.closest('a');
    if (!link) return;
    event.preventDefault();
    const rule = link.getAttribute('data-rule');
    const external = link.getAttribute('data-external');
    if (rule) vscode.postMessage({ type: 'rule', id: rule });
    else if (external) vscode.postMessage({ type: 'external', href: external });
  });
})();
