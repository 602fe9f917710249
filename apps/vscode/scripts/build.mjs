// Builds the extension with esbuild (tsc only type-checks):
//   dist/extension.js          the extension for VS Code desktop (CommonJS, Node)
//   dist/server.js             the language server as a Node process, from @trialyaml/language-server's sources
//   dist/browser/extension.js  the extension for VS Code for the Web (CommonJS, run by the web extension host)
//   dist/browser/server.js     the language server as a web worker
//   dist/schemas/trial.schema.json  the trial schema, for `contributes.yamlValidation`
//   dist/rule-docs/<id>.md     the rule pages (docs/rules), for "Show documentation" offline
//   dist/ThirdPartyNotices.txt the licences of the npm packages bundled into the four files above
// Usage: node scripts/build.mjs [--watch] [--no-minify]
import { build, context } from 'esbuild';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const watch = process.argv.includes('--watch');
const minify = !process.argv.includes('--no-minify');

const serverPackage = dirname(require.resolve('@trialyaml/language-server/package.json'));
/** The language server's entry points, built from its sources (not from its dist/, which tsc writes). */
const serverEntries = {
  node: join(serverPackage, 'src', 'node', 'server.ts'),
  browser: join(serverPackage, 'src', 'browser', 'server.ts'),
};
for (const entry of Object.values(serverEntries)) {
  if (!existsSync(entry)) {
    console.error(`build: ${entry} is missing; @trialyaml/language-server must provide it.`);
    process.exit(1);
  }
}

/**
 * The extension takes a few pure helpers (`pointerAtOffset`, `LANGUAGE_ID`) from @trialyaml/language-server,
 * whose index also exports the server. Its modules only declare things, so they are marked side-effect free:
 * esbuild then keeps what is used and leaves the server (and vscode-languageserver) out of the extension.
 * (A `"sideEffects": false` in that package's package.json would make this plugin unnecessary.)
 * @type {import('esbuild').Plugin}
 */
const languageServerIsPure = {
  name: 'language-server-is-pure',
  setup(pluginBuild) {
    const inServer = (path) =>
      path.startsWith(`${serverPackage}${sep}`) && !path.includes(`${sep}node_modules${sep}`);
    pluginBuild.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData === 'resolving') return undefined;
      if (args.path !== '@trialyaml/language-server' && !inServer(args.importer)) return undefined;
      const result = await pluginBuild.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'resolving',
      });
      if (result.errors.length || !inServer(result.path))
        return result.errors.length ? { errors: result.errors } : undefined;
      return { path: result.path, namespace: result.namespace, sideEffects: false };
    });
  },
};

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  minify,
  sourcemap: 'linked',
  sourcesContent: false,
  legalComments: 'none', // the licences of bundled packages go to dist/ThirdPartyNotices.txt
  metafile: true,
  logLevel: 'warning',
  target: 'es2022',
};

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
  {
    ...common,
    entryPoints: { extension: join(root, 'src', 'extension.ts') },
    outdir: join(root, 'dist'),
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    plugins: [languageServerIsPure],
  },
  {
    ...common,
    entryPoints: { server: serverEntries.node },
    outdir: join(root, 'dist'),
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  },
  {
    ...common,
    entryPoints: { extension: join(root, 'src', 'browser', 'extension.ts') },
    outdir: join(root, 'dist', 'browser'),
    platform: 'browser',
    format: 'cjs',
    external: ['vscode'],
    plugins: [languageServerIsPure],
    define: { 'process.env.NODE_ENV': '"production"' },
  },
  {
    ...common,
    entryPoints: { server: serverEntries.browser },
    outdir: join(root, 'dist', 'browser'),
    platform: 'browser',
    format: 'iife',
    define: { 'process.env.NODE_ENV': '"production"' },
  },
];

function copySchema() {
  const schema = require.resolve('@trialyaml/core/schema.json');
  mkdirSync(join(root, 'dist', 'schemas'), { recursive: true });
  copyFileSync(schema, join(root, 'dist', 'schemas', 'trial.schema.json'));
}

/** The rule pages (docs/rules/*.md), shown offline by "Show documentation" (src/docs/rule-docs-panel.ts). */
function copyRuleDocs() {
  const source = resolve(root, '..', '..', 'docs', 'rules');
  const target = join(root, 'dist', 'rule-docs');
  mkdirSync(target, { recursive: true });
  const pages = readdirSync(source).filter((name) => /^[a-z0-9-]+\.md$/.test(name) && name !== 'README.md');
  if (pages.length === 0) {
    console.error(`build: no rule pages in ${source}`);
    process.exit(1);
  }
  for (const name of pages) copyFileSync(join(source, name), join(target, name));
}

/** The package folder (…/node_modules/<name> or …/node_modules/@scope/<name>) of a bundled input, if any. */
function packageFolderOf(input) {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.replaceAll('\\', '/'));
  return match ? resolve(root, match[1]) : undefined;
}

/** One notice per bundled npm package: name, version, licence and its licence text. */
function writeNotices(metafiles) {
  const folders = new Set();
  for (const metafile of metafiles) {
    for (const input of Object.keys(metafile.inputs)) {
      const folder = packageFolderOf(input);
      if (folder) folders.add(folder);
    }
  }
  const notices = [...folders]
    .map((folder) => {
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
      const licenceFile = readdirSync(folder).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name));
      const text = licenceFile
        ? readFileSync(join(folder, licenceFile), 'utf8').trim()
        : `License: ${manifest.license}`;
      return { id: `${manifest.name}@${manifest.version}`, license: manifest.license, text };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
  const header =
    'TrialYAML for VS Code bundles the following npm packages. Their licences follow.\n\n' +
    notices.map((notice) => `- ${notice.id} (${notice.license})`).join('\n');
  const body = notices.map(
    (notice) => `${'='.repeat(78)}\n${notice.id}\n${'='.repeat(78)}\n\n${notice.text}\n`,
  );
  writeFileSync(join(root, 'dist', 'ThirdPartyNotices.txt'), `${header}\n\n${body.join('\n')}`);
}

const started = Date.now();
if (!watch) rmSync(join(root, 'dist'), { recursive: true, force: true });
copySchema();
copyRuleDocs();
if (watch) {
  const contexts = await Promise.all(builds.map((options) => context(options)));
  await Promise.all(contexts.map((ctx) => ctx.watch()));
  console.log('build: watching for changes');
} else {
  const results = await Promise.all(builds.map((options) => build(options)));
  writeNotices(results.map((result) => result.metafile));
  console.log(`build: dist/ written in ${Date.now() - started} ms`);
}
