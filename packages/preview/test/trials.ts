import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** Test data: the repository's example trials and the registry samples. */

const repo = (path: string): string => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

export interface NamedTrial {
  name: string;
  trial: unknown;
}

/** Every registry sample's `protocolSection`. */
export function fixtureTrials(): NamedTrial[] {
  const dir = repo('fixtures/ctgov-samples');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const study = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as { protocolSection?: unknown };
      return { name: file.replace(/\.json$/, ''), trial: study.protocolSection };
    });
}

/** One registry sample by NCT id. */
export function fixtureTrial(nctId: string): unknown {
  const found = fixtureTrials().find((entry) => entry.name === nctId);
  if (!found) throw new Error(`no fixture ${nctId}`);
  return found.trial;
}

/** Five samples that together cover interventional and observational, open and closed, big and small. */
export const FALLBACK_EXAMPLES = ['NCT03418623', 'NCT02552212', 'NCT03475563', 'NCT00973089', 'NCT05147467'];

/**
 * The example trials (`examples/*.trial.yaml`), or, while that folder has none, five registry samples
 * standing in for them.
 */
export function exampleTrials(): { source: 'examples' | 'fixtures'; trials: NamedTrial[] } {
  const dir = repo('examples');
  let files: string[];
  try {
    files = readdirSync(dir).filter((file) => /\.trial\.ya?ml$/.test(file));
  } catch {
    files = [];
  }
  if (files.length > 0) {
    return {
      source: 'examples',
      trials: files.sort().map((file) => ({
        name: file.replace(/\.trial\.ya?ml$/, ''),
        trial: parse(readFileSync(`${dir}/${file}`, 'utf8')) as unknown,
      })),
    };
  }
  const all = fixtureTrials();
  return {
    source: 'fixtures',
    trials: FALLBACK_EXAMPLES.map((id) => {
      const found = all.find((entry) => entry.name === id);
      if (!found) throw new Error(`no fixture ${id}`);
      return found;
    }),
  };
}
