// The TrialYAML preview's only script (loaded with the page's nonce). It reports clicks on rendered values so the
// editor can reveal their source, scrolls to the value under the editor's cursor, and swaps in new content as the
// document changes. The content comes from @trialyaml/preview: escaped, and free of scripts and event handlers.
// @ts-check
/* global acquireVsCodeApi, document, window, CSS, Element -- the webview is a browser page */
(function () {
  'use strict';

  /** @type {{ postMessage(message: unknown): void; setState(state: unknown): void }} */
  const vscode = acquireVsCodeApi();

  const meta = document.querySelector('meta[name="trialyaml-preview"]');
  /** @type {{ uri?: unknown; locked?: unknown }} */
  let state;
  try {
    state = JSON.parse((meta && meta.getAttribute('content')) || '{}');
  } catch {
    state = {};
  }
  if (typeof state.uri === 'string') vscode.setState({ uri: state.uri, locked: state.locked === true });

  const MARK = 'ty-sync-target';
  /** @type {string | undefined} */
  let markedPointer;

  /** The parent of an RFC 6901 pointer; undefined for the root. */
  function parentOf(/** @type {string} */ pointer) {
    return pointer === '' ? undefined : pointer.slice(0, pointer.lastIndexOf('/'));
  }

  /** The first element rendered for a pointer, or for its nearest ancestor that was rendered. */
  function elementFor(/** @type {string} */ pointer) {
    /** @type {string | undefined} */
    let current = pointer;
    while (current !== undefined) {
      const element = document.querySelector(`[data-pointer="${CSS.escape(current)}"]`);
      if (element && element.tagName !== 'MAIN') return element;
      current = parentOf(current);
    }
    return undefined;
  }

  function isInView(/** @type {Element} */ element) {
    const rect = element.getBoundingClientRect();
    return rect.top >= 0 && rect.bottom <= window.innerHeight;
  }

  function mark(/** @type {string} */ pointer, /** @type {boolean} */ scroll) {
    for (const old of document.querySelectorAll(`.${MARK}`)) old.classList.remove(MARK);
    markedPointer = pointer;
    const element = elementFor(pointer);
    if (!element) return;
    element.classList.add(MARK);
    // Instant, not smooth: an update swapping the content mid-animation would leave the page half-way.
    if (scroll && !isInView(element)) element.scrollIntoView({ block: 'center', behavior: 'instant' });
  }

  document.addEventListener('click', (event) => {
    if (event.button !== 0 || event.defaultPrevented) return;
    const target = event.target;
    if (!(target instanceof Element)) return;
    // The record summary's entries name the place in the file to show (and, as links, scroll the page too).
    const summaryEntry = target.closest('[data-reveal]');
    if (summaryEntry) {
      const pointer = summaryEntry.getAttribute('data-reveal');
      if (pointer !== null) vscode.postMessage({ type: 'reveal', pointer });
      return;
    }
    // Links open as links; a text selection is being made, not a reveal asked for.
    if (target.closest('a[href], summary, button, input, label')) return;
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return;
    const element = target.closest('[data-pointer]');
    if (!element) return;
    const pointer = element.getAttribute('data-pointer');
    if (pointer === null) return;
    markedPointer = pointer;
    for (const old of document.querySelectorAll(`.${MARK}`)) old.classList.remove(MARK);
    element.classList.add(MARK);
    vscode.postMessage({ type: 'reveal', pointer });
  });

  window.addEventListener('message', (event) => {
    /** @type {unknown} */
    const message = event.data;
    if (typeof message !== 'object' || message === null) return;
    const { type } = /** @type {{ type?: unknown }} */ (message);
    if (type === 'update') {
      const { body, theme, title } = /** @type {{ body?: unknown; theme?: unknown; title?: unknown }} */ (
        message
      );
      if (typeof body !== 'string') return;
      if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
      if (typeof title === 'string') document.title = title;
      const scrollY = window.scrollY;
      document.body.innerHTML = body;
      window.scrollTo(0, scrollY);
      if (markedPointer !== undefined) mark(markedPointer, false);
    } else if (type === 'scrollTo') {
      const { pointer } = /** @type {{ pointer?: unknown }} */ (message);
      if (typeof pointer === 'string') mark(pointer, true);
    }
  });

  vscode.postMessage({ type: 'ready' });
})();
