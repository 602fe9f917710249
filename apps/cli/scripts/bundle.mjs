// Bundles the CLI into one ESM file: a single module to load instead of a few hundred, which is most of the
// cold-start time of `trialyaml lint one.trial.yaml`. The TypeScript build (tsc) still type-checks the sources.
import { build } from 'esbuild';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
await build({
  entryPoints: [resolve(here, '../src/main.ts')],
  outfile: resolve(here, '../dist/trialyaml.mjs'),
  bundle: true,
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
