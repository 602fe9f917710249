// Bundles the suite (suite.ts + scenarios.ts) into one CommonJS file for an extension host: `browser` for VS Code
// for the Web's worker, `node` for a VS Code server's Node extension host. `vscode` comes from the host.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const e2e = join(dirname(fileURLToPath(import.meta.url)), '..');

/** @param {'browser' | 'node'} platform @param {string} outfile */
export async function buildSuite(platform, outfile) {
  await build({
    entryPoints: [join(e2e, 'suite.ts')],
    outfile,
    bundle: true,
    platform,
    format: 'cjs',
    target: platform === 'node' ? 'node20' : 'es2022',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
}
