// Bundles the CLI into ESM files: the command line and the lint worker thread. One module to load instead of a
// few hundred is most of the cold-start time of `trialyaml lint one.trial.yaml`. tsc only type-checks.
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const { version } = JSON.parse(readFileSync(resolve(here, '../package.json'), 'utf8'));
rmSync(resolve(here, '../dist'), { recursive: true, force: true });
await build({
  entryPoints: {
    trialyaml: resolve(here, '../src/main.ts'),
    'lint-worker': resolve(here, '../src/lint-worker.ts'),
  },
  outdir: resolve(here, '../dist'),
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  define: { __TRIALYAML_CLI_VERSION__: JSON.stringify(version) },
  chunkNames: '[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  legalComments: 'linked',
  logLevel: 'warning',
  // CommonJS dependencies bundled into ESM still call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
