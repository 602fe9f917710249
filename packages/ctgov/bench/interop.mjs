// Benchmark of @trialyaml/ctgov (built dist/): import (API JSON → trial YAML) and export (trial YAML → API JSON,
// and → PRS upload XML) of the 16 shared registry samples and of a generated corpus of 2,000 records.
//
//   npm run bench -w @trialyaml/ctgov            (or: node bench/interop.mjs [--count 2000])
//
// Each measurement runs in its own Node process, so that its peak RSS (process.resourceUsage().maxRSS) is its
// own. Corpus timings include reading each file from disk, as the CLI does; nothing is written.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../..');
const samplesDir = join(repoRoot, 'fixtures/ctgov-samples');
const corpusDir = join(repoRoot, '.bench/ctgov-corpus');
const MIN_SECONDS = 2;

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};

async function ctgov() {
  return import(pathToFileURL(resolve(here, '../dist/index.js')).href);
}

/** Runs `work(item)` over the items until at least MIN_SECONDS have passed (for the small sample set). */
function timeRounds(items, work, { repeat }) {
  let records = 0;
  let failed = 0;
  const start = process.hrtime.bigint();
  let seconds;
  do {
    for (const item of items) {
      if (work(item) === false) failed++;
      records++;
    }
    seconds = Number(process.hrtime.bigint() - start) / 1e9;
  } while (repeat && seconds < MIN_SECONDS);
  return { records, failed, seconds };
}

const phases = {
  async 'import-samples'() {
    const { importStudyJson } = await ctgov();
    const texts = readdirSync(samplesDir)
      .filter((n) => n.endsWith('.json'))
      .map((n) => readFileSync(join(samplesDir, n)));
    return timeRounds(texts, (text) => void importStudyJson(text), { repeat: true });
  },
  async 'export-json-samples'() {
    const { importStudyJson, exportTrialJson } = await ctgov();
    const trials = readdirSync(samplesDir)
      .filter((n) => n.endsWith('.json'))
      .map((n) => importStudyJson(readFileSync(join(samplesDir, n))).text);
    return timeRounds(trials, (text) => exportTrialJson(text).ok, { repeat: true });
  },
  async 'export-xml-samples'() {
    const { importStudyJson, exportTrialPrsXml } = await ctgov();
    const trials = readdirSync(samplesDir)
      .filter((n) => n.endsWith('.json'))
      .map((n) => importStudyJson(readFileSync(join(samplesDir, n))).text);
    return timeRounds(trials, (text) => exportTrialPrsXml(text).ok, { repeat: true });
  },
  async 'import-corpus'() {
    const { importStudyJson } = await ctgov();
    const dir = join(corpusDir, 'json');
    const files = readdirSync(dir)
      .sort()
      .map((name) => join(dir, name));
    return timeRounds(files, (file) => void importStudyJson(readFileSync(file)), { repeat: false });
  },
  async 'export-json-corpus'() {
    const { exportTrialJson } = await ctgov();
    const dir = join(corpusDir, 'yaml');
    const files = readdirSync(dir)
      .sort()
      .map((name) => join(dir, name));
    return timeRounds(files, (file) => exportTrialJson(readFileSync(file)).ok, { repeat: false });
  },
  async 'export-xml-corpus'() {
    const { exportTrialPrsXml } = await ctgov();
    const dir = join(corpusDir, 'yaml');
    const files = readdirSync(dir)
      .sort()
      .map((name) => join(dir, name));
    return timeRounds(files, (file) => exportTrialPrsXml(readFileSync(file)).ok, { repeat: false });
  },
};

const LABELS = {
  'import-samples': 'import  (API JSON → trial YAML), 16 samples',
  'export-json-samples': 'export  (trial YAML → API JSON), 16 samples',
  'export-xml-samples': 'export  (trial YAML → PRS XML), 16 samples',
  'import-corpus': 'import  (API JSON → trial YAML), corpus',
  'export-json-corpus': 'export  (trial YAML → API JSON), corpus',
  'export-xml-corpus': 'export  (trial YAML → PRS XML), corpus',
};

/** The corpus: YAML trial files from bench/generate-corpus.mjs, and the API JSON of each for the import. */
async function prepareCorpus(count) {
  const { generateCorpus } = await import(pathToFileURL(join(repoRoot, 'bench/generate-corpus.mjs')).href);
  const { loadTrial } = await import('@trialyaml/core');
  const yamlDir = join(corpusDir, 'yaml');
  const jsonDir = join(corpusDir, 'json');
  const { paths, defective } = generateCorpus(yamlDir, count);
  rmSync(jsonDir, { recursive: true, force: true });
  mkdirSync(jsonDir, { recursive: true });
  let bytes = 0;
  for (const path of paths) {
    const text = readFileSync(path);
    bytes += text.length;
    // Defective files still hold data (a duplicate key keeps the last value): registry-shaped JSON either way.
    const data = loadTrial(text).data ?? {};
    const name = path.slice(path.lastIndexOf('/') + 1).replace(/\.trial\.yaml$/, '.json');
    writeFileSync(
      join(jsonDir, name),
      JSON.stringify({ protocolSection: data, derivedSection: {}, hasResults: false }),
    );
  }
  return { count: paths.length, defective, megabytes: bytes / 1024 / 1024 };
}

async function runPhase(name) {
  const result = await phases[name]();
  const { maxRSS } = process.resourceUsage();
  process.stdout.write(`${JSON.stringify({ ...result, maxRssMb: maxRSS / 1024 })}\n`);
}

async function main() {
  const phase = option('--phase');
  if (phase) return runPhase(phase);
  const count = Number(option('--count') ?? 2000);
  process.stdout.write(`Generating a corpus of ${count} records in ${corpusDir} ...\n`);
  const corpus = await prepareCorpus(count);
  process.stdout.write(
    `${corpus.count} trial files, ${corpus.megabytes.toFixed(1)} MB of YAML, ${corpus.defective} with deliberate defects (export refuses those).\n\n`,
  );
  const rows = [];
  for (const name of Object.keys(phases)) {
    const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--phase', name], {
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`phase ${name} failed:\n${run.stderr}`);
    const result = JSON.parse(run.stdout.trim().split('\n').at(-1));
    rows.push({ name, ...result });
  }
  const header = ['measurement', 'records', 'refused', 'seconds', 'records/s', 'peak RSS'];
  const table = rows.map((row) => [
    LABELS[row.name],
    String(row.records),
    String(row.failed),
    row.seconds.toFixed(2),
    Math.round(row.records / row.seconds).toLocaleString('en-US'),
    `${row.maxRssMb.toFixed(0)} MB`,
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...table.map((row) => row[column].length)),
  );
  const line = (cells) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join('  ');
  process.stdout.write(`${line(header)}\n${table.map(line).join('\n')}\n`);
  process.stdout.write(
    `\nNode ${process.version}. Samples are repeated for at least ${MIN_SECONDS} s; corpus timings include reading each file. "refused": trials with errors that export will not write.\n`,
  );
}

await main();
