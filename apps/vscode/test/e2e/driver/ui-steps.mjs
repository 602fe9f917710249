// The UI steps the suite asks for (through channel.mjs): what only the browser can do. Each looks at the workbench
// the way an author does, or clicks; waits poll for a condition with a generous bound, never a fixed delay.
// "Observe" steps return the texts they saw (the suite asserts); preview steps fail with what they last saw.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** The longest a step waits for what it looks for: generous, because the test machines are busy. */
const STEP_WAIT_MS = 60_000;
const POLL_MS = 200;

const pause = () => new Promise((resolve) => setTimeout(resolve, POLL_MS));

/** The rows of a side-bar view pane, found by the title in its header. */
const treeRows = (title) => `.pane:has(.pane-header[aria-label*="${title}"]) .pane-body .monaco-list-row`;

/** @param {{ page: import('playwright-core').Page, artifacts: string }} options */
export function createUiSteps({ page, artifacts }) {
  async function screenshot(name) {
    mkdirSync(artifacts, { recursive: true });
    const path = join(artifacts, `${name}.png`);
    await page.screenshot({ path, animations: 'disabled' });
    return path;
  }

  /**
   * The texts of the visible elements matching `selector`, once each of `until` is in one of them and, with `row`,
   * one of them holds every string of `row` (or time is up).
   */
  async function textsUntil(selector, until = [], row = []) {
    const deadline = Date.now() + STEP_WAIT_MS;
    for (;;) {
      const texts = await page
        .locator(selector)
        .evaluateAll((elements) =>
          elements
            .filter((element) => element.getClientRects().length > 0)
            .map((element) => (element.innerText || element.textContent || '').replace(/\s+/g, ' ').trim())
            .filter(Boolean),
        )
        .catch(() => []);
      const complete =
        texts.length > 0 &&
        until.every((want) => texts.some((text) => text.includes(want))) &&
        (row.length === 0 || texts.some((text) => row.every((want) => text.includes(want))));
      if (complete || Date.now() > deadline) return texts;
      await pause();
    }
  }

  async function dismiss(widgetSelector) {
    await page.keyboard.press('Escape');
    await page
      .locator(widgetSelector)
      .first()
      .waitFor({ state: 'hidden', timeout: STEP_WAIT_MS })
      .catch(() => undefined);
  }

  /**
   * The frame of the preview of a trial (the webview whose page mentions `of`, an NCT number) where `selector` is
   * there (with `text`, in view) or, with `absent`, is not; polled. Webviews are nested frames; the preview's
   * content is the innermost one.
   */
  async function inPreview(of, what, check) {
    const deadline = Date.now() + STEP_WAIT_MS;
    let last = 'no preview frame mentions it';
    for (;;) {
      for (const frame of page.frames()) {
        if (frame === page.mainFrame()) continue;
        // Runs in the webview (a plain function: the webview's Content-Security-Policy allows no eval).
        const result = await frame
          .evaluate(
            ({ needle, selector, text, absent, inView }) => {
              const document = globalThis.document;
              if (
                !document?.querySelector('.ty-page') ||
                !document.documentElement.textContent?.includes(needle)
              )
                return undefined;
              const element = document.querySelector(selector);
              if (absent) return element ? { ok: false, state: 'present' } : { ok: true };
              if (!element) return { ok: false, state: 'absent' };
              const shown = (element.textContent || '').trim();
              if (text !== undefined && shown !== text) return { ok: false, state: `text "${shown}"` };
              if (inView) {
                const rect = element.getBoundingClientRect();
                if (rect.top < 0 || rect.bottom > globalThis.innerHeight)
                  return { ok: false, state: 'out of view' };
              }
              return { ok: true };
            },
            { needle: of, ...check },
          )
          .catch(() => undefined);
        if (result === undefined) continue;
        if (result.ok) return frame;
        last = result.state;
      }
      if (Date.now() > deadline) throw new Error(`the preview of ${of} never showed ${what} (last: ${last})`);
      await pause();
    }
  }

  return {
    /** Texts of the status bar items (language mode, Restricted Mode, ...). */
    async statusBar({ until }) {
      return { texts: await textsUntil('.part.statusbar .statusbar-item', until) };
    },

    /** Rows of the Problems panel (the suite opened it). */
    async problems({ until, shot }) {
      const texts = await textsUntil('.markers-panel .monaco-list-row', until);
      if (shot) await screenshot(shot);
      return { texts };
    },

    /** Rows of the editor's suggest widget (the suite triggered it); closes it, or with `accept` presses Enter. */
    async suggest({ until, shot, accept }) {
      const widget = '.editor-widget.suggest-widget';
      const texts = await textsUntil(`${widget} .monaco-list-row`, until);
      if (shot && texts.length) {
        // Ctrl+Space while the widget is open shows the focused suggestion's details beside it.
        const details = page.locator('.suggest-details-container .suggest-details').first();
        if (!(await details.isVisible())) {
          await page.keyboard.press('Control+Space');
          await details.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => undefined);
        }
        await screenshot(shot);
      }
      if (accept) await page.keyboard.press('Enter');
      else await dismiss(widget);
      return { texts };
    },

    /** Rows of the quick-fix menu (the suite opened it); closes it. */
    async quickFix({ until, shot }) {
      const widget = '.action-widget';
      const texts = await textsUntil(`${widget} .monaco-list-row`, until);
      if (shot && texts.length) await screenshot(shot);
      await dismiss(widget);
      return { texts };
    },

    /** Messages of the notifications, in the notification center (the suite opened it) or as toasts. */
    async notifications({ until }) {
      const message = '.notification-list-item-message';
      return {
        texts: await textsUntil(`.notifications-center ${message}, .notifications-toasts ${message}`, until),
      };
    },

    /** Waits until the preview of `of` shows `selector` (with `text`, in view) or no longer shows it (`absent`). */
    async previewWait({ of, selector, text, absent, inView }) {
      const what = `${absent ? 'no ' : ''}${selector}${text !== undefined ? ` "${text}"` : ''}${inView ? ' in view' : ''}`;
      await inPreview(of, what, { selector, text, absent, inView });
      return {};
    },

    /** Clicks `selector` in the preview of `of`, as an author does. */
    async previewClick({ of, selector }) {
      const frame = await inPreview(of, selector, { selector });
      await frame.click(selector);
      return {};
    },

    /**
     * Rows of the side-bar tree view titled `title` (the suite focused the view), once they show each of `until`
     * and, with `row`, one row shows every string of `row`.
     */
    async treeRows({ title, until, row, shot }) {
      const texts = await textsUntil(treeRows(title), until, row);
      if (shot) await screenshot(shot);
      return { texts };
    },

    /** Clicks the row of the side-bar tree view titled `title` that shows `row`, as an author does. */
    async treeClick({ title, row }) {
      await page.locator(treeRows(title)).filter({ hasText: row }).first().click({ timeout: STEP_WAIT_MS });
      return {};
    },

    /** Waits until a webview shows the bundled documentation page of `rule` (its heading is the rule id). */
    async ruleDocsWait({ rule, shot }) {
      const deadline = Date.now() + STEP_WAIT_MS;
      for (;;) {
        for (const frame of page.frames()) {
          if (frame === page.mainFrame()) continue;
          const heading = await frame
            .evaluate((id) => {
              const document = globalThis.document;
              if (document?.body?.getAttribute('data-rule-page') !== id) return undefined;
              return document.querySelector('h1')?.textContent ?? '';
            }, rule)
            .catch(() => undefined);
          if (heading !== undefined) {
            if (shot) await screenshot(shot);
            return { heading };
          }
        }
        if (Date.now() > deadline) throw new Error(`no webview shows the documentation of ${rule}`);
        await pause();
      }
    },

    async screenshot({ name }) {
      return { path: await screenshot(name) };
    },

    /**
     * The quick input box (a command asked for text): waits until it is open (with `value`, when given) and, after
     * typing `type` over its text, until its validation message holds `message`; presses Enter with `accept`.
     * Returns the box's value and validation message as last seen.
     */
    async quickInput({ value, type, message, accept }) {
      const box = '.quick-input-widget';
      const input = page.locator(`${box} .quick-input-box input`).first();
      const feedback = page.locator(`${box} .quick-input-message`).first();
      const deadline = Date.now() + STEP_WAIT_MS;
      const read = async () => ({
        value: await input.inputValue().catch(() => ''),
        message: ((await feedback.textContent().catch(() => '')) ?? '').replace(/\s+/g, ' ').trim(),
      });
      await input.waitFor({ state: 'visible', timeout: STEP_WAIT_MS });
      let seen = await read();
      while (value !== undefined && seen.value !== value && Date.now() < deadline) {
        await pause();
        seen = await read();
      }
      if (type !== undefined) {
        await input.focus();
        await page.keyboard.press('ControlOrMeta+A');
        await page.keyboard.type(type);
        seen = await read();
        while (
          (seen.value !== type || (message !== undefined && !seen.message.includes(message))) &&
          Date.now() < deadline
        ) {
          await pause();
          seen = await read();
        }
      }
      if (accept) await page.keyboard.press('Enter');
      return seen;
    },

    /** Types `type` and then presses each of `press` (`Enter`, `Escape`), into whatever has the focus. */
    async keyboard({ type, press = [] }) {
      if (type) await page.keyboard.type(type);
      for (const key of press) await page.keyboard.press(key);
      return {};
    },

    /**
     * The editor's suggest widget once it shows (the suite triggered it): its rows, and its message when it has
     * none ("No suggestions."); closes it.
     */
    async suggestShown() {
      const widget = '.editor-widget.suggest-widget';
      const deadline = Date.now() + STEP_WAIT_MS;
      for (;;) {
        const state = await page
          .locator(widget)
          .first()
          .evaluate((element) => {
            if (!element.classList.contains('visible')) return undefined;
            const rows = [...element.querySelectorAll('.monaco-list-row')]
              .filter((row) => row.getClientRects().length > 0)
              .map((row) => (row.textContent || '').replace(/\s+/g, ' ').trim());
            const message = (element.querySelector('.message')?.textContent || '').trim();
            return rows.length || message ? { rows, message } : undefined;
          })
          .catch(() => undefined);
        if (state) {
          await dismiss(widget);
          return state;
        }
        if (Date.now() > deadline) return { rows: [], message: '', never: true };
        await pause();
      }
    },
  };
}
