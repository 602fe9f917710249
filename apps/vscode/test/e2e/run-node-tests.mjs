// End-to-end test in VS Code servers with a Node extension host, as desktop users run the extension: the packaged
// .vsix is installed into code-server (the newest line and the one matching the oldest engines.vscode; see
// code-server/hosts.json), whose extension host runs the extension's Node build (package.json "main"), which starts
// the language server as a Node process over IPC. Each host runs the scenarios (scenarios.ts, shared with
// run-web-tests.mjs) twice: in a trusted workspace and in Restricted Mode. Debian's Chromium, driven headless by
// playwright-core, shows the workbench; the suite runs in the extension host and the driver plays the user.
// Exit code 0 when every scenario passed everywhere; screenshots (one per failed scenario) and logs are kept in
// test-artifacts/e2e/code-server-<version>-<trust>/.
//
// Usage: node test/e2e/run-node-tests.mjs [--host newest,oldest] [--trust trusted,restricted] [--only id,id]
// (after `npm run build`). The first run installs each host's Node and code-server into node_modules/.cache/vscode-e2e-hosts, which
// takes minutes (code-server/install.mjs); later runs reuse them.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { HOSTS, ensureHost } from './code-server/install.mjs';
import { requireChromium } from './driver/browser.mjs';
import { buildSuite } from './driver/build-suite.mjs';
import { runSession, summarize } from './driver/session.mjs';

const started = Date.now();
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const repo = resolve(root, '..', '..');
const require = createRequire(join(root, 'package.json'));
const TRUST_STATES = ['trusted', 'restricted'];
/** The longest code-server may take to start listening. */
const START_TIMEOUT_MS = 120_000;

const { values } = parseArgs({
  options: { host: { type: 'string' }, trust: { type: 'string' }, only: { type: 'string' } },
});
const list = (value) => value?.split(',').filter(Boolean);
const hostNames = list(values.host) ?? HOSTS.map((host) => host.name);
const trustStates = list(values.trust) ?? TRUST_STATES;
const only = list(values.only);
for (const name of hostNames.filter((candidate) => !HOSTS.some((host) => host.name === candidate))) {
  console.error(`e2e: unknown host ${name} (hosts: ${HOSTS.map((host) => host.name).join(', ')})`);
  process.exit(2);
}
for (const trust of trustStates.filter((candidate) => !TRUST_STATES.includes(candidate))) {
  console.error(`e2e: unknown trust state ${trust} (${TRUST_STATES.join(', ')})`);
  process.exit(2);
}

requireChromium();
for (const built of ['dist/extension.js', 'dist/server.js', 'dist/schemas/trial.schema.json']) {
  if (!existsSync(join(root, built))) {
    console.error(`e2e: ${built} is missing: run \`npm run build\` in apps/vscode first.`);
    process.exit(1);
  }
}

// The extension as users get it: the .vsix that `npm run package` makes.
const output = join(root, 'test-artifacts', 'e2e');
mkdirSync(output, { recursive: true });
const vsix = join(output, 'trialyaml.vsix');
const vsce = join(dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '-o', vsix], {
  cwd: root,
  stdio: 'pipe',
});
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
console.log(`e2e: packaged ${vsix} (${seconds()})`);

// The suite is loaded as the tests of an otherwise empty development extension (the only way VS Code runs
// extension tests); the extension under test is the installed .vsix.
const runner = mkdtempSync(join(tmpdir(), 'trialyaml-e2e-runner-'));
writeFileSync(
  join(runner, 'package.json'),
  JSON.stringify({
    name: 'trialyaml-e2e-runner',
    publisher: 'trialyaml-tests',
    version: '0.0.0',
    engines: { vscode: '*' },
    main: './main.js',
    extensionKind: ['workspace'],
  }),
);
writeFileSync(join(runner, 'main.js'), '');
await buildSuite('node', join(runner, 'suite.js'));

/** Settings of the profile: a quiet workbench that asks nothing and reaches for no network. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  // Restricted Mode without the modal question at startup.
  'security.workspace.trust.startupPrompt': 'never',
};

/** Starts code-server on a free port; resolves once it listens. */
function startCodeServer({ host, installed, state, workspace, trust }) {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('VSCODE_')) delete env[key];
  Object.assign(env, {
    PATH: `${join(installed.node.folder, 'bin')}:${process.env.PATH ?? ''}`,
    // code-server and the VS Code server keep their files under these: inside the session's folder.
    XDG_CONFIG_HOME: join(state, 'xdg-config'),
    XDG_DATA_HOME: join(state, 'xdg-data'),
    XDG_CACHE_HOME: join(state, 'xdg-cache'),
  });
  const common = ['--user-data-dir', join(state, 'user-data'), '--extensions-dir', join(state, 'extensions')];
  execFileSync(installed.node.bin, [installed.entry, ...common, '--install-extension', vsix], {
    env,
    stdio: 'pipe',
  });
  mkdirSync(join(state, 'user-data', 'User'), { recursive: true });
  writeFileSync(join(state, 'user-data', 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  writeFileSync(join(state, 'config.yaml'), 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
  const args = [
    installed.entry,
    '--config',
    join(state, 'config.yaml'),
    ...common,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    ...(trust === 'trusted' ? ['--disable-workspace-trust'] : []),
    ...host.serverArgs,
    workspace,
  ];
  // Its own process group, so that stopping it also stops its extension host and language server.
  const child = spawn(installed.node.bin, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = [];
  return new Promise((resolveStart, rejectStart) => {
    const timer = setTimeout(
      () => fail(new Error(`code-server did not listen within ${START_TIMEOUT_MS} ms`)),
      START_TIMEOUT_MS,
    );
    /** Signals code-server's process group (the server, its extension host and the language server). */
    const signal = (name) => {
      try {
        process.kill(-child.pid, name);
      } catch {
        // Already gone.
      }
    };
    const stop = async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      signal('SIGTERM');
      const forced = setTimeout(() => signal('SIGKILL'), 10_000);
      await exited;
      clearTimeout(forced);
    };
    function fail(error) {
      clearTimeout(timer);
      void stop();
      rejectStart(new Error(`${error.message}\n${lines.slice(-20).join('\n')}`));
    }
    const onOutput = (chunk) => {
      for (const line of String(chunk).split('\n')) {
        if (line.trim()) lines.push(line);
        const port = /HTTP server listening on https?:\/\/[^:]+:(\d+)/.exec(line)?.[1];
        if (port) {
          clearTimeout(timer);
          resolveStart({ port: Number(port), stop, lines });
        }
      }
    };
    child.stdout.on('data', onOutput);
    child.stderr.on('data', onOutput);
    child.on('exit', (code, signal) =>
      fail(new Error(`code-server exited (${signal ?? code}) before listening`)),
    );
  });
}

const sessions = [];
for (const host of HOSTS.filter((candidate) => hostNames.includes(candidate.name))) {
  const installed = await ensureHost(host);
  console.log(`e2e: code-server ${host.codeServer} with Node ${host.node} is installed (${seconds()})`);
  for (const trust of trustStates) {
    const state = mkdtempSync(join(tmpdir(), 'trialyaml-e2e-code-server-'));
    let server;
    sessions.push(
      await runSession({
        label: `code-server ${host.codeServer} (VS Code ${host.vscode}), ${trust}`,
        hostKind: 'node',
        hostName: `code-server ${host.codeServer} (VS Code ${host.vscode}, Node ${host.node})`,
        trust,
        repo,
        artifacts: join(output, `code-server-${host.codeServer}-${trust}`),
        only,
        async startHost(workspace) {
          server = await startCodeServer({ host, installed, state, workspace, trust });
          const authority = `127.0.0.1:${server.port}`;
          const remote = (path) => `vscode-remote://${authority}${path}`;
          const payload = JSON.stringify([
            ['extensionDevelopmentPath', remote(runner)],
            ['extensionTestsPath', remote(join(runner, 'suite.js'))],
          ]);
          return {
            url: `http://${authority}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`,
            stop: server.stop,
          };
        },
      }),
    );
    await server?.stop();
    console.log(`e2e: code-server stopped (${seconds()})`);
    if (!sessions.at(-1).ok && server)
      writeFileSync(
        join(output, `code-server-${host.codeServer}-${trust}`, 'code-server.log'),
        server.lines.join('\n'),
      );
    rmSync(state, { recursive: true, force: true });
  }
}
rmSync(runner, { recursive: true, force: true });
console.log(`e2e: Node hosts done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(summarize(sessions));
