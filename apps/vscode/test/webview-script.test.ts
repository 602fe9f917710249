// media/preview.js in a real browser, under the preview's real Content-Security-Policy: the nonce'd script runs,
// clicks become reveal messages, scrollTo marks and scrolls, updates swap the content, and markup that tries to
// run script does not. (The same page inside VS Code is covered by the web end-to-end test.)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPreviewPage, buildPreviewUpdate, type PreviewPageInput } from '../src/preview/preview-html.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ORIGIN = 'https://preview.test';
const NONCE = 'Zm9vYmFyYmF6cXV4cXV1eA==';
const script = readFileSync(join(import.meta.dirname, '..', 'media', 'preview.js'), 'utf8');
const trialText = readFileSync(
  join(import.meta.dirname, '..', '..', '..', 'examples', 'NCT04011033.trial.yaml'),
  'utf8',
);

function input(trial: unknown): PreviewPageInput {
  return {
    trial,
    nonce: NONCE,
    scriptUri: `${ORIGIN}/media/preview.js`,
    theme: 'light',
    state: { uri: 'file:///a.trial.yaml' },
  };
}

interface Recorded {
  posted: Array<{ type: string; pointer?: string }>;
  state: unknown;
  violations: string[];
  pwned?: number;
}

let browser: Browser;
let page: Page;

async function recorded(): Promise<Recorded> {
  return page.evaluate(() => (window as unknown as { __test: Recorded }).__test);
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is needed for this test and is missing at ${CHROMIUM}. Install it with ` +
        '`bash scripts/ensure-system-deps.sh` (as root) from the repository root, or set CHROMIUM_PATH.',
    );
  }
  const { loadTrial } = await import('@trialyaml/core');
  const html = buildPreviewPage(input(loadTrial(trialText).data));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  page = await browser.newPage({ viewport: { width: 800, height: 600 } });
  await page.addInitScript(() => {
    const test: Recorded = { posted: [], state: undefined, violations: [] };
    Object.assign(window, {
      __test: test,
      acquireVsCodeApi: () => ({
        postMessage: (message: { type: string }) => test.posted.push(message),
        setState: (state: unknown) => (test.state = state),
        getState: () => test.state,
      }),
    });
    document.addEventListener('securitypolicyviolation', (event) =>
      test.violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === `${ORIGIN}/index.html`) return route.fulfill({ contentType: 'text/html', body: html });
    if (url === `${ORIGIN}/media/preview.js`)
      return route.fulfill({ contentType: 'text/javascript', body: script });
    return route.abort();
  });
  await page.goto(`${ORIGIN}/index.html`);
  await page.waitForFunction(() =>
    (window as unknown as { __test: Recorded }).__test.posted.some((message) => message.type === 'ready'),
  );
});

afterAll(async () => {
  await browser?.close();
});

describe('the preview script', () => {
  it('runs under the policy (no violation) and keeps its document for restoring the panel', async () => {
    const test = await recorded();
    expect(test.violations).toEqual([]);
    expect(test.state).toEqual({ uri: 'file:///a.trial.yaml', locked: false });
    expect(test.posted[0]).toEqual({ type: 'ready' });
  });

  it('asks to reveal the source of what is clicked', async () => {
    await page.click('[data-pointer="/identificationModule/briefTitle"]');
    await page.click('#eligibility [data-pointer="/eligibilityModule/sex"]');
    const reveals = (await recorded()).posted.filter((message) => message.type === 'reveal');
    expect(reveals).toEqual([
      { type: 'reveal', pointer: '/identificationModule/briefTitle' },
      { type: 'reveal', pointer: '/eligibilityModule/sex' },
    ]);
  });

  it('scrolls to and marks the value under the cursor, or its nearest rendered ancestor', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.evaluate(() =>
      window.postMessage({ type: 'scrollTo', pointer: '/eligibilityModule/maximumAge' }, '*'),
    );
    await page.waitForSelector('.ty-sync-target');
    const marked = await page.$$eval('.ty-sync-target', (elements) =>
      elements.map((e) => e.getAttribute('data-pointer')),
    );
    expect(marked).toEqual(['/eligibilityModule/maximumAge']);
    await page.waitForFunction(() => {
      const rect = document.querySelector('.ty-sync-target')?.getBoundingClientRect();
      return rect !== undefined && rect.top >= 0 && rect.bottom <= window.innerHeight;
    });
    await page.evaluate(() =>
      window.postMessage({ type: 'scrollTo', pointer: '/identificationModule/briefTitle/99' }, '*'),
    );
    await page.waitForSelector('[data-pointer="/identificationModule/briefTitle"].ty-sync-target');
  });

  it('swaps in updated content and theme, keeping the mark', async () => {
    const { loadTrial } = await import('@trialyaml/core');
    const changed = trialText.replace(/briefTitle: .*/, 'briefTitle: A New Title While Typing');
    const update = buildPreviewUpdate({ ...input(loadTrial(changed).data), theme: 'dark' });
    await page.evaluate((message) => window.postMessage(message, '*'), update);
    await page.waitForFunction(() => document.title.startsWith('A New Title While Typing'));
    expect(await page.textContent('[data-pointer="/identificationModule/briefTitle"]')).toBe(
      'A New Title While Typing',
    );
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await page.$$eval('.ty-sync-target', (elements) => elements.length)).toBe(1);
  });

  it('runs no script that arrives in content', async () => {
    await page.evaluate(() =>
      window.postMessage(
        {
          type: 'update',
          theme: 'light',
          title: 'x',
          body: '<div data-pointer="/a"><img src="data:image/gif;base64,R0lGOD" onerror="window.__test.pwned = 1"><script>window.__test.pwned = 2</script></div>',
        },
        '*',
      ),
    );
    await page.waitForFunction(
      () => (window as unknown as { __test: Recorded }).__test.violations.length > 0,
    );
    const test = await recorded();
    expect(test.pwned).toBeUndefined();
    expect(test.violations.some((violation) => violation.startsWith('script-src'))).toBe(true);
  });

  it('ignores messages it does not know', async () => {
    const before = (await recorded()).posted.length;
    await page.evaluate(() => {
      window.postMessage('scrollTo', '*');
      window.postMessage({ type: 'eval', code: 'window.__test.pwned = 3' }, '*');
      window.postMessage({ type: 'update', body: 42 }, '*');
    });
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    const test = await recorded();
    expect(test.pwned).toBeUndefined();
    expect(test.posted.length).toBe(before);
    expect(await page.textContent('body')).not.toBe('42');
  });
});
