import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const packageRoot = resolve(here, '..');
export const repoRoot = resolve(here, '../../..');
export const samplesDir = join(repoRoot, 'fixtures/ctgov-samples');
export const examplesDir = join(repoRoot, 'examples');
export const fixturesDir = join(here, 'fixtures');
export const prsXsdPath = '/work/shared/reference/prs-ProtocolRecordSchema-2018.05.08.xsd';

export interface SampleRecord {
  name: string;
  nctId: string;
  /** The file's text, as the registry sent it. */
  text: string;
  study: { protocolSection: Record<string, unknown>; [section: string]: unknown };
}

/** The 16 shared registry records (API v2 JSON), by file name. */
export function sampleRecords(): SampleRecord[] {
  return readdirSync(samplesDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(samplesDir, name), 'utf8');
      return {
        name,
        nctId: name.replace(/\.json$/, ''),
        text,
        study: JSON.parse(text) as SampleRecord['study'],
      };
    });
}

/** The example trial files, by file name. */
export function exampleFiles(): Array<{ name: string; text: string }> {
  return readdirSync(examplesDir)
    .filter((name) => /\.trial\.ya?ml$/.test(name))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(examplesDir, name), 'utf8') }));
}
