/// <reference lib="dom" />
/**
 * Browser tests: the rendered pages in real headless Chromium (Debian's `chromium`, driven by
 * playwright-core), served from a local HTTP server. Every request the pages make is recorded; anything
 * not local is aborted and fails the test. Screenshots go to test-artifacts/ (git-ignored).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enumLabel } from '@trialyaml/core';
import { renderIndex, renderTrial, type RenderOptions } from '../src/index.js';
import { hostileTrial, PAYLOAD } from './hostile.js';
import { exampleTrials, fixtureTrial, type NamedTrial } from './trials.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const WIDTHS = [390, 1280] as const;
const ARTIFACTS = fileURLToPath(new URL('../test-artifacts/', import.meta.url));
const TIMEOUT = 300_000;
const SECTION_IDS = [
  'overview',
  'description',
  'conditions',
  'design',
  'arms-interventions',
  'outcomes',
  'eligibility',
  'contacts-locations',
  'sponsor',
  'references',
  'ipd-sharing',
  'deadlines',
];

const served = new Map<string, string>();
let server: Server | undefined;
let origin = '';
let browser: Browser | undefined;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install it with scripts/ensure-system-deps.sh (as root), ` +
        'or point CHROMIUM_PATH at a Chromium binary.',
    );
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  server = createServer((request, response) => {
    const html = served.get(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (html === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}, TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

interface Visit {
  page: Page;
  context: BrowserContext;
  requests: string[];
  consoleErrors: string[];
  dialogs: string[];
}

/** Opens a served page in a fresh context of the given width, recording requests, errors and dialogs. */
async function visit(
  path: string,
  width: number,
  options: { colorScheme?: 'light' | 'dark' } = {},
): Promise<Visit> {
  if (!browser) throw new Error('browser not started');
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: true,
  });
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const dialogs: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    return url.startsWith(`${origin}/`) ? route.continue() : route.abort();
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  return { page, context, requests, consoleErrors, dialogs };
}

/** Horizontal overflow: the document's scroll width and any element sticking out of the viewport. */
async function overflow(
  page: Page,
): Promise<{ scrollWidth: number; clientWidth: number; offenders: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const offenders: string[] = [];
    for (const element of Array.from(document.querySelectorAll('body *'))) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && (box.right > width + 1 || box.left < -1)) {
        offenders.push(
          `${element.tagName.toLowerCase()}.${element.className} right=${Math.round(box.right)}`,
        );
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: width, offenders: offenders.slice(0, 5) };
  });
}

/** Saves a screenshot to test-artifacts/: the whole page (when not huge) or just the first screen. */
async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  // JPEG: several times faster to encode than PNG for these long pages, and good enough to look at.
  await page.screenshot({
    path: `${ARTIFACTS}${name}.jpg`,
    type: 'jpeg',
    quality: 75,
    fullPage: (options.fullPage ?? true) && height <= 16_000,
  });
}

/** Checks every page must pass: only local requests, no console errors, no overflow, sections visible. */
async function expectSoundPage(visit: Visit, width: number): Promise<void> {
  const { page } = visit;
  expect(visit.requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
  expect(visit.consoleErrors).toEqual([]);
  expect(visit.dialogs).toEqual([]);
  const layout = await overflow(page);
  expect(layout.offenders).toEqual([]);
  expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
  expect(layout.clientWidth).toBe(width);
  expect(await page.locator('h1').isVisible()).toBe(true);
  // One round trip for all sections: each is laid out across the page and its heading is visible.
  const sections = await page.evaluate((ids) => {
    const visible = (element: Element | null): boolean => {
      if (!element) return false;
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
    };
    return ids.map((id) => {
      const section = document.getElementById(id);
      const box = section?.getBoundingClientRect();
      return {
        id,
        left: box?.left ?? -1,
        right: box?.right ?? -1,
        width: box?.width ?? 0,
        heading: visible(section?.querySelector('h2') ?? null),
      };
    });
  }, SECTION_IDS);
  expect(sections.map((section) => section.id)).toEqual(SECTION_IDS);
  for (const section of sections) {
    expect(section.width, `#${section.id} width`).toBeGreaterThan(width * 0.8);
    expect(section.left, `#${section.id} left`).toBeGreaterThanOrEqual(0);
    expect(section.right, `#${section.id} right`).toBeLessThanOrEqual(width);
    expect(section.heading, `#${section.id} heading`).toBe(true);
  }
}

/** Runs the check at both widths at once (each in its own browser context). */
async function eachWidth(check: (width: number) => Promise<void>): Promise<void> {
  await Promise.all(WIDTHS.map(check));
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function read(trial: unknown, ...keys: string[]): unknown {
  let value = trial;
  for (const key of keys)
    value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

function serve(path: string, html: string): string {
  served.set(path, html);
  return path;
}

const examples = exampleTrials();

describe(`example trials in Chromium (${examples.source})`, () => {
  it('has five trials to show', () => {
    expect(examples.trials.length).toBeGreaterThanOrEqual(5);
  });

  it.each(examples.trials.map((entry): [string, NamedTrial] => [entry.name, entry]))(
    '%s reads right at 390 and 1280 px',
    async (name, { trial }) => {
      const path = serve(`/${name}.html`, renderTrial(trial));
      const title = read(trial, 'identificationModule', 'briefTitle');
      const briefTitle = normalise(typeof title === 'string' ? title : '');
      const nctId = read(trial, 'identificationModule', 'nctId');
      const status = read(trial, 'statusModule', 'overallStatus');
      await eachWidth(async (width) => {
        const current = await visit(path, width);
        try {
          await expectSoundPage(current, width);
          const { page } = current;
          expect(normalise(await page.locator('h1 .ty-brief-title').innerText())).toBe(briefTitle);
          expect(await page.locator('.ty-header-line').innerText()).toContain(
            typeof nctId === 'string' ? nctId : 'Not yet registered',
          );
          const statusLabel = enumLabel('Status', String(status)) ?? String(status);
          expect(await page.locator('.ty-header .ty-badge').innerText()).toContain(statusLabel);
          const conditions = read(trial, 'conditionsModule', 'conditions');
          if (Array.isArray(conditions) && typeof conditions[0] === 'string') {
            expect(normalise(await page.locator('#conditions li').first().innerText())).toBe(
              normalise(conditions[0]),
            );
          }
          await screenshot(page, `${name}-${width}`);
        } finally {
          await current.context.close();
        }
      });
    },
    TIMEOUT,
  );
});

describe('registry sample NCT03418623 in Chromium', () => {
  it(
    'shows the registry wording and adapts its layout to the width',
    async () => {
      const path = serve('/sample.html', renderTrial(fixtureTrial('NCT03418623')));
      await eachWidth(async (width) => {
        const current = await visit(path, width);
        try {
          await expectSoundPage(current, width);
          const { page } = current;
          expect(normalise(await page.locator('#design').innerText())).toContain(
            'Quadruple (Participant, Care Provider, Investigator, Outcomes Assessor)',
          );
          expect(normalise(await page.locator('#overview').innerText())).toContain(
            'Enrollment (Actual)\n24 participants'.replace('\n', ' '),
          );
          expect(await page.locator('#eligibility .ty-criteria-inclusion h4').innerText()).toBe(
            'Inclusion Criteria',
          );
          await expect.poll(() => page.locator('a[href="#intervention-0"]').first().isVisible()).toBe(true);
          // Tables stack into cards on a phone; fact labels sit beside their values on a desktop.
          const theadDisplay = await page
            .locator('#outcomes thead')
            .first()
            .evaluate((element) => getComputedStyle(element).display);
          const dt = await page.locator('#overview dt').first().boundingBox();
          const dd = await page.locator('#overview dd').first().boundingBox();
          if (width === 390) {
            expect(theadDisplay).toBe('none');
            expect(dd?.y ?? 0).toBeGreaterThan(dt?.y ?? 0);
          } else {
            expect(theadDisplay).toBe('table-header-group');
            expect(dd?.y).toBe(dt?.y);
            expect(dd?.x ?? 0).toBeGreaterThan(dt?.x ?? 0);
          }
        } finally {
          await current.context.close();
        }
      });
    },
    TIMEOUT,
  );

  it(
    'follows the theme option and the system colour scheme, and hides navigation in print',
    async () => {
      const trial = fixtureTrial('NCT03418623');
      const background = (page: Page): Promise<string> =>
        page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const cases: Array<[RenderOptions['theme'], 'light' | 'dark', string]> = [
        ['auto', 'light', 'rgb(255, 255, 255)'],
        ['auto', 'dark', 'rgb(15, 20, 25)'],
        ['dark', 'light', 'rgb(15, 20, 25)'],
        ['light', 'dark', 'rgb(255, 255, 255)'],
      ];
      for (const [theme, scheme, expected] of cases) {
        const path = serve(`/theme-${theme}.html`, renderTrial(trial, { theme }));
        const current = await visit(path, 1280, { colorScheme: scheme });
        try {
          expect(await background(current.page), `${theme} on ${scheme}`).toBe(expected);
          if (theme === 'auto' && scheme === 'dark')
            await screenshot(current.page, 'NCT03418623-dark-1280', { fullPage: false });
          if (theme === 'light') {
            expect(await current.page.locator('.ty-toc').isVisible()).toBe(true);
            await current.page.emulateMedia({ media: 'print' });
            expect(await current.page.locator('.ty-toc').isVisible()).toBe(false);
          }
          expect(current.consoleErrors).toEqual([]);
        } finally {
          await current.context.close();
        }
      }
      // A host maps its own theme onto the variables (as the VS Code webview will).
      const mapped = serve('/mapped.html', renderTrial(trial, { extraCss: ':root{--ty-bg:#123456}' }));
      const current = await visit(mapped, 1280, { colorScheme: 'dark' });
      try {
        expect(await background(current.page)).toBe('rgb(18, 52, 86)');
      } finally {
        await current.context.close();
      }
    },
    TIMEOUT,
  );

  it(
    'shows problems inline next to the element they are about',
    async () => {
      const path = serve(
        '/problems.html',
        renderTrial(fixtureTrial('NCT03418623'), {
          problems: [
            {
              pointer: '/armsInterventionsModule/armGroups/1/label',
              severity: 'error',
              message: 'Arm label clash',
              ruleId: 'arm-label-unique',
            },
            {
              pointer: '/outcomesModule/primaryOutcomes/0/timeFrame',
              severity: 'warning',
              message: 'Vague time frame',
              ruleId: 'outcome-time-frame',
            },
          ],
        }),
      );
      const current = await visit(path, 390);
      try {
        const { page } = current;
        const owner = (message: string): Promise<string | undefined> =>
          page
            .locator('.ty-problem', { hasText: message })
            .evaluate(
              (element) => element.parentElement?.closest<HTMLElement>('[data-pointer]')?.dataset.pointer,
            );
        expect(await owner('Arm label clash')).toBe('/armsInterventionsModule/armGroups/1/label');
        expect(await owner('Vague time frame')).toBe('/outcomesModule/primaryOutcomes/0/timeFrame');
        expect(await page.locator('.ty-problem', { hasText: 'Arm label clash' }).isVisible()).toBe(true);
        expect(await page.locator('.ty-summary').innerText()).toContain('1 error, 1 warning');
        await expectSoundPage(current, 390);
        await screenshot(page, 'problems-390', { fullPage: false });
      } finally {
        await current.context.close();
      }
    },
    TIMEOUT,
  );
});

describe('hostile trial in Chromium', () => {
  const trial = hostileTrial();
  const policies: Array<[string, string | undefined]> = [
    ['the default CSP', undefined],
    // With a policy that would allow anything, only the escaping stands between the text and the page.
    ['a CSP that allows everything', "default-src * 'unsafe-inline' 'unsafe-eval' data: blob:"],
  ];

  it.each(policies)(
    'executes nothing, loads nothing and shows the text literally with %s',
    async (label, csp) => {
      const path = serve(`/hostile-${csp ? 'open' : 'default'}.html`, renderTrial(trial, csp ? { csp } : {}));
      await eachWidth(async (width) => {
        const current = await visit(path, width);
        try {
          const { page } = current;
          await expectSoundPage(current, width);
          expect(
            await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
          ).toBeUndefined();
          const dom = await page.evaluate(() => ({
            active: document.querySelectorAll(
              'script, img, iframe, svg, object, embed, link, body style, form, input',
            ).length,
            handlers: Array.from(document.querySelectorAll('*')).flatMap((element) =>
              element.getAttributeNames().filter((name) => name.startsWith('on')),
            ),
            hrefs: Array.from(document.querySelectorAll('a[href]')).map(
              (anchor) => anchor.getAttribute('href') ?? '',
            ),
            sections: document.querySelectorAll('main > section').length,
            title: document.querySelector('h1 .ty-brief-title')?.textContent ?? '',
            summary: document.querySelector('#description .ty-markup')?.textContent ?? '',
          }));
          expect(dom.active).toBe(0);
          expect(dom.handlers).toEqual([]);
          expect(dom.hrefs.length).toBeGreaterThan(5);
          for (const href of dom.hrefs) expect(href).toMatch(/^(https?:\/\/|mailto:|#[a-z0-9-]+$)/);
          expect(dom.sections).toBe(SECTION_IDS.length);
          expect(dom.title).toBe(`briefTitle: ${PAYLOAD}`);
          expect(dom.summary).toContain(
            'briefSummary: <script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">',
          );
          // Links are inert until clicked; clicking the payload's remote link would leave the page, not run code.
          expect(current.requests).toEqual([`${origin}${path}`]);
          await screenshot(page, `hostile-${csp ? 'open-csp' : 'default-csp'}-${width}`, { fullPage: false });
        } finally {
          await current.context.close();
        }
      });
      expect(label).not.toBe('');
    },
    TIMEOUT,
  );
});

describe('index page in Chromium', () => {
  it(
    'lists the trials and links to their pages',
    async () => {
      const entries = examples.trials.map((entry) => {
        serve(`/site/${entry.name}.html`, renderTrial(entry.trial));
        return { href: `${encodeURI(entry.name)}.html`, trial: entry.trial };
      });
      const path = serve('/site/index.html', renderIndex(entries, { title: 'Example trials' }));
      await eachWidth(async (width) => {
        const current = await visit(path, width);
        try {
          const { page } = current;
          expect(current.consoleErrors).toEqual([]);
          const layout = await overflow(page);
          expect(layout.offenders).toEqual([]);
          expect(layout.scrollWidth).toBeLessThanOrEqual(width);
          expect(await page.locator('tbody tr').count()).toBe(entries.length);
          expect(await page.locator('h1').innerText()).toBe('Example trials');
          // Nothing spills out of its table cell into the next column (long status badges once did).
          const spills = await page.evaluate(() =>
            Array.from(document.querySelectorAll('td *'))
              .filter((element) => {
                const cell = element.closest('td');
                if (!cell) return false;
                const inner = element.getBoundingClientRect();
                const outer = cell.getBoundingClientRect();
                return inner.right > outer.right + 1 || inner.left < outer.left - 1;
              })
              .map((element) => element.textContent?.slice(0, 40) ?? ''),
          );
          expect(spills).toEqual([]);
          await screenshot(page, `index-${width}`);
          if (width === 1280) {
            const first = examples.trials[0];
            await page.locator('a.ty-index-title').first().click();
            await page.waitForURL(`${origin}/site/${first?.name ?? ''}.html`);
            expect(await page.locator('h1').isVisible()).toBe(true);
          }
          expect(current.requests.every((url) => url.startsWith(`${origin}/`))).toBe(true);
        } finally {
          await current.context.close();
        }
      });
    },
    TIMEOUT,
  );
});
