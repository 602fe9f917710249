// Generates a corpus of realistic trial files for benchmarks: variants of the 16 real registry records with
// 0–300 locations, 5–100 KB each, about 10% carrying a defect (a wrong enum, a typo in a cross-reference, an
// unknown key, dates out of order, a duplicate key...). Deterministic: the same seed gives the same files.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringifyTrial } from '@trialyaml/core';

const here = dirname(fileURLToPath(import.meta.url));
const samplesDir = resolve(here, '../fixtures/ctgov-samples');

function rng(seed) {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const DEFECTS = [
  [
    'lower-case status',
    (t) =>
      t.statusModule &&
      (t.statusModule.overallStatus = String(t.statusModule.overallStatus ?? 'recruiting').toLowerCase()),
  ],
  [
    'terminated without reason',
    (t) =>
      t.statusModule && ((t.statusModule.overallStatus = 'TERMINATED'), delete t.statusModule.whyStopped),
  ],
  [
    'cross-reference typo',
    (t) =>
      t.armsInterventionsModule?.armGroups?.[0]?.interventionNames?.length &&
      (t.armsInterventionsModule.armGroups[0].interventionNames[0] += 'x'),
  ],
  ['unknown key', (t) => t.statusModule && (t.statusModule.overalStatus = 'RECRUITING')],
  [
    'dates out of order',
    (t) => t.statusModule?.startDateStruct && (t.statusModule.startDateStruct.date = '2099-01-01'),
  ],
  [
    'zip as number',
    (t) => t.contactsLocationsModule?.locations?.[0] && (t.contactsLocationsModule.locations[0].zip = 2115),
  ],
  [
    'masking mismatch',
    (t) =>
      t.designModule?.designInfo &&
      (t.designModule.designInfo.maskingInfo = { masking: 'DOUBLE', whoMasked: ['PARTICIPANT'] }),
  ],
];

/** Generates `count` files into `outDir`; returns their paths. */
export function generateCorpus(outDir, count = 2000, seed = 42) {
  const random = rng(seed);
  const samples = readdirSync(samplesDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(samplesDir, name), 'utf8')).protocolSection);
  const locationPool = samples.flatMap((sample) => sample.contactsLocationsModule?.locations ?? []);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const paths = [];
  let defective = 0;
  for (let i = 0; i < count; i++) {
    const trial = structuredClone(samples[i % samples.length]);
    // Most trials have a few sites; some have hundreds.
    const sites = random() < 0.85 ? Math.floor(random() * 25) : 25 + Math.floor(random() * 276);
    trial.contactsLocationsModule ??= {};
    trial.contactsLocationsModule.locations = Array.from({ length: sites }, () =>
      structuredClone(locationPool[Math.floor(random() * locationPool.length)]),
    );
    delete trial.contactsLocationsModule.locations_nested;
    if (trial.identificationModule)
      trial.identificationModule.nctId = `NCT${String(90000000 + i).padStart(8, '0')}`;
    let text = stringifyTrial(trial);
    while (text.length > 100_000 && trial.contactsLocationsModule.locations.length > 0) {
      trial.contactsLocationsModule.locations.length = Math.floor(
        trial.contactsLocationsModule.locations.length * 0.8,
      );
      text = stringifyTrial(trial);
    }
    if (text.length > 100_000 && trial.descriptionModule?.detailedDescription) {
      trial.descriptionModule.detailedDescription = trial.descriptionModule.detailedDescription.slice(
        0,
        2000,
      );
      text = stringifyTrial(trial);
    }
    while (text.length < 5_120) {
      trial.contactsLocationsModule.locations.push(
        structuredClone(locationPool[Math.floor(random() * locationPool.length)]),
      );
      text = stringifyTrial(trial);
    }
    if (random() < 0.1) {
      defective++;
      const defect = DEFECTS[Math.floor(random() * DEFECTS.length)];
      defect[1](trial);
      text = stringifyTrial(trial);
      if (random() < 0.2) text = text.replace(/\n {2}briefTitle: /, '\n  briefTitle: dup\n  briefTitle: ');
    }
    const path = join(outDir, `trial-${String(i).padStart(4, '0')}.trial.yaml`);
    writeFileSync(path, text);
    paths.push(path);
  }
  return { paths, defective };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = resolve(here, '../.bench/corpus');
  const { paths, defective } = generateCorpus(out, Number(process.argv[2] ?? 2000));
  const sizes = paths.map((path) => readFileSync(path).length).sort((a, b) => a - b);
  console.log(
    `${paths.length} files in ${out}: ${defective} with defects, ${(sizes[0] / 1024).toFixed(1)}–${(sizes.at(-1) / 1024).toFixed(1)} KB, median ${(sizes[sizes.length >> 1] / 1024).toFixed(1)} KB`,
  );
}
