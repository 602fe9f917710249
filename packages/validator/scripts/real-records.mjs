// The real records of the project, as the precision suite lints them, and the day it lints them as of: shared by
// the precision suite (precision.mjs) and the seeded records made from these records (seeded.mjs).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** The day date rules treat as today: the reviews were made as of it. */
export const AS_OF = '2026-11-21';

/** The folders of real records, each with its reviews in fixtures/reviewed/<group>/<record>.yaml. */
export const RECORD_GROUPS = [
  { group: 'ctgov-samples', dir: 'fixtures/ctgov-samples', suffix: '.json' },
  { group: 'examples', dir: 'examples', suffix: '.trial.yaml' },
  { group: 'ctgov-corpus', dir: 'fixtures/ctgov-corpus', suffix: '.trial.yaml' },
];

/** Every real record: its group, id, path and the trial text to lint (the protocolSection of a registry record). */
export function realRecords() {
  const records = [];
  for (const { group, dir, suffix } of RECORD_GROUPS) {
    const folder = join(repoRoot, dir);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) {
      if (!name.endsWith(suffix)) continue;
      const id = name.slice(0, -suffix.length);
      const raw = readFileSync(join(folder, name), 'utf8');
      const text = suffix === '.json' ? JSON.stringify(protocolSection(JSON.parse(raw)), null, 2) : raw;
      records.push({ group, id, path: `${dir}/${name}`, text });
    }
  }
  return records;
}

/** A registry record saved whole ({ protocolSection, ... }) or as its protocolSection alone. */
function protocolSection(study) {
  return study && typeof study === 'object' && 'protocolSection' in study ? study.protocolSection : study;
}
