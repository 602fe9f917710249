// One session: a workbench (VS Code for the Web, or a VS Code server) opened on a fresh workspace in Chromium, the
// suite running the scenarios inside its extension host and this driver answering its UI steps. Prints each
// scenario's result as `e2e [host] ✓ id` / `✗ id: why`, keeps a screenshot of every failure (and the session's
// log) in the session's artifacts folder, and returns the results.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './browser.mjs';
import { startChannel } from './channel.mjs';
import { createUiSteps } from './ui-steps.mjs';
import { makeWorkspace } from './workspace.mjs';

/** The longest a whole session may take; each scenario's own waits are far shorter. */
const SESSION_TIMEOUT_MS = 15 * 60_000;

/**
 * @param {{
 *   label: string,             // for messages: host and trust state
 *   hostKind: 'web' | 'node',
 *   hostName: string,
 *   trust: 'trusted' | 'restricted',
 *   repo: string,
 *   artifacts: string,         // this session's folder for screenshots and logs (emptied first)
 *   only?: string[],
 *   startHost: (workspace: string) => Promise<{ url: string, stop: () => Promise<void> }>,
 * }} options
 */
export async function runSession(options) {
  const { label, artifacts } = options;
  const started = Date.now();
  rmSync(artifacts, { recursive: true, force: true });
  mkdirSync(artifacts, { recursive: true });
  const say = (line) => console.log(`e2e [${label}] ${line}`);
  const logs = [];
  /** @type {Map<string, {title: string, status: 'running' | 'passed' | 'failed', message?: string, started: number, ms?: number, screenshot?: string}>} */
  const results = new Map();
  let steps;
  let page;

  const channel = await startChannel({
    samples: join(options.repo, 'fixtures', 'ctgov-samples'),
    async onReport({ event, scenario, message }) {
      if (event === 'start') {
        results.set(scenario, { title: message, status: 'running', started: Date.now() });
        return;
      }
      const result = results.get(scenario) ?? { title: scenario, started: Date.now() };
      result.ms = Date.now() - result.started;
      result.status = event === 'pass' ? 'passed' : 'failed';
      if (event === 'pass') {
        say(`✓ ${scenario} (${(result.ms / 1000).toFixed(1)} s)`);
      } else {
        result.message = message;
        const path = join(artifacts, `${scenario}-failed.png`);
        await page
          ?.screenshot({ path })
          .then(() => (result.screenshot = path))
          .catch(() => undefined);
        say(`✗ ${scenario}: ${message.split('\n')[0]}`);
        if (result.screenshot) say(`  screenshot: ${result.screenshot}`);
      }
      results.set(scenario, result);
    },
    async onStep(step, args) {
      const run = steps?.[step];
      if (!run) throw new Error(`unknown UI step ${step}`);
      return run(args);
    },
  });
  const workspace = makeWorkspace({
    repo: options.repo,
    config: {
      hostKind: options.hostKind,
      hostName: options.hostName,
      trust: options.trust,
      driverUrl: channel.driverUrl,
      registryBaseUrl: channel.registryBaseUrl,
      ...(options.only?.length ? { only: options.only } : {}),
    },
  });

  let host;
  let browser;
  let code;
  try {
    host = await options.startHost(workspace);
    browser = await launchBrowser();
    page = browser.page;
    steps = createUiSteps({ page, artifacts });
    const exited = new Promise((resolveExit) => {
      void page.exposeFunction('codeAutomationLog', (type, args) =>
        logs.push(
          `[vscode ${type}] ${args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' ')}`,
        ),
      );
      void page.exposeFunction('codeAutomationExit', (exitCode) => resolveExit(exitCode));
    });
    page.on('pageerror', (error) => logs.push(`[page exception] ${error.message}`));
    page.on('console', (message) => {
      const text = message.text();
      if (text.includes('[e2e]')) {
        const line = text.replace(/^%c\s*\w+\s+color:\s*#\w+\s*/, '');
        logs.push(line);
        if (process.env.TRIALYAML_E2E_VERBOSE === '1') say(line);
      } else if (message.type() === 'error') logs.push(`[page error] ${text}`);
    });
    say(`opening the workbench (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    // The workbench's first load can take minutes on a busy machine: wait as long as the session may take.
    await page.goto(host.url, { timeout: SESSION_TIMEOUT_MS });
    code = await Promise.race([
      exited,
      new Promise((timedOut) => setTimeout(() => timedOut('timeout'), SESSION_TIMEOUT_MS)),
    ]);
  } catch (error) {
    logs.push(`[driver] ${error instanceof Error ? error.stack : String(error)}`);
    code = `driver error: ${error instanceof Error ? error.message : String(error)}`;
  }

  const list = [...results.entries()].map(([id, result]) => ({ id, ...result }));
  const failed = list.filter((result) => result.status !== 'passed');
  const ok = code === 0 && failed.length === 0 && list.length > 0;
  if (!ok) {
    await page?.screenshot({ path: join(artifacts, 'end.png') }).catch(() => undefined);
    for (const result of list.filter((candidate) => candidate.status === 'running')) {
      say(`✗ ${result.id}: did not finish`);
    }
    if (!failed.length) say(`✗ the suite did not finish (exit code ${String(code)})`);
  }
  writeFileSync(join(artifacts, 'session.log'), logs.join('\n'));
  await browser?.close();
  await host?.stop().catch(() => undefined);
  await channel.close();
  rmSync(workspace, { recursive: true, force: true });
  say(
    `${ok ? 'passed' : 'FAILED'}: ${list.length - failed.length} of ${list.length} scenarios in ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s (artifacts: ${artifacts})`,
  );
  return { label, ok, code, results: list };
}

/**
 * Prints which scenarios failed on which host and the closing count, and returns the exit code. A session whose
 * suite did not finish counts as one failure more.
 */
export function summarize(sessions) {
  let passed = 0;
  let failed = 0;
  for (const session of sessions) {
    const failedIds = session.results
      .filter((result) => result.status !== 'passed')
      .map((result) => result.id);
    passed += session.results.length - failedIds.length;
    failed += failedIds.length;
    if (session.ok) continue;
    if (!failedIds.length) failed += 1;
    const what = failedIds.length
      ? failedIds.join(', ')
      : `the suite did not finish (${String(session.code)})`;
    console.error(`e2e: FAILED on ${session.label}: ${what}`);
  }
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  return sessions.every((session) => session.ok) ? 0 : 1;
}
