import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '../../..');
export const samplesDir = join(repoRoot, 'fixtures/ctgov-samples');
export const examplesDir = join(repoRoot, 'examples');

/** The protocolSection of every shared registry sample, by file name. */
export function sampleProtocols(): Array<[string, Record<string, unknown>]> {
  return readdirSync(samplesDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => [
      name,
      (
        JSON.parse(readFileSync(join(samplesDir, name), 'utf8')) as {
          protocolSection: Record<string, unknown>;
        }
      ).protocolSection,
    ]);
}

/** Every example trial file, by file name. */
export function exampleFiles(): Array<[string, string]> {
  return readdirSync(examplesDir)
    .filter((name) => /\.trial\.ya?ml$/.test(name))
    .sort()
    .map((name) => [name, readFileSync(join(examplesDir, name), 'utf8')]);
}
