// Bundles the CLI into CommonJS files: the command line, the lint command alone (what runs on every commit), its
// worker thread, and the launcher that loads them with V8's code cache; their entries are in src/runtime/. One
// file to compile instead of a few hundred modules, and compiled code reused from the cache, are most of the
// cold-start time of `trialyaml lint one.trial.yaml`.
// CommonJS because Node 20 can reuse V8's code cache only for scripts (vm.Script), not for ES modules. Commands
// stay lazy: esbuild turns their dynamic imports into initializers that run only when a command is chosen.
// tsc only type-checks.
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const { version } = JSON.parse(readFileSync(resolve(here, '../package.json'), 'utf8'));
rmSync(resolve(here, '../dist'), { recursive: true, force: true });
await build({
  entryPoints: {
    trialyaml: resolve(here, '../src/runtime/main.ts'),
    'trialyaml-lint': resolve(here, '../src/runtime/lint-main.ts'),
    'lint-worker': resolve(here, '../src/runtime/lint-worker.ts'),
    launcher: resolve(here, '../src/runtime/launcher.ts'),
  },
  outdir: resolve(here, '../dist'),
  outExtension: { '.js': '.cjs' },
  bundle: true,
  define: {
    __TRIALYAML_CLI_VERSION__: JSON.stringify(version),
    // The sources are ES modules; in the CommonJS bundle their own file's URL comes from __filename.
    'import.meta.url': '__trialyamlModuleUrl',
  },
  banner: { js: "const __trialyamlModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  legalComments: 'linked',
  logLevel: 'warning',
});
