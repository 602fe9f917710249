// The workspace a session opens: copies of the examples, a registry record as JSON, a trial that does not follow
// the schema, and e2e-config.json (the run's facts, read by the suite). Writes stay in the copy.
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const STUDY_JSON = 'NCT00184067.json';
export const REGISTRY_NCT = 'NCT02210780';
export const BROKEN_TRIAL = 'broken.trial.yaml';

/** @param {{ repo: string, config: Record<string, unknown> }} options */
export function makeWorkspace({ repo, config }) {
  const workspace = mkdtempSync(join(tmpdir(), 'trialyaml-e2e-ws-'));
  for (const name of readdirSync(join(repo, 'examples'))) {
    if (/\.trial\.ya?ml$/.test(name)) copyFileSync(join(repo, 'examples', name), join(workspace, name));
  }
  copyFileSync(join(repo, 'fixtures', 'ctgov-samples', STUDY_JSON), join(workspace, STUDY_JSON));
  writeFileSync(
    join(workspace, BROKEN_TRIAL),
    'identificationModule:\n  briefTitle: 42\nstatusModule: yes\n',
  );
  writeFileSync(
    join(workspace, 'e2e-config.json'),
    JSON.stringify({
      studyJson: STUDY_JSON,
      registryNctId: REGISTRY_NCT,
      brokenTrial: BROKEN_TRIAL,
      ...config,
    }),
  );
  return workspace;
}
