// Benchmark for `trialyaml lint` (issue 3): a 2,000-file realistic corpus linted whole-process with every rule,
// compared with merely parsing the same files with `yaml` (positions kept) in this process; peak RSS; and the
// cold run of a single file. Run: npm run bench (or node bench/lint-corpus.mjs [files]).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { generateCorpus } from './generate-corpus.mjs';
import { measureProcess, median } from './measure-process.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const count = Number(process.argv[2] ?? 2000);
const corpus = join(root, '.bench', `corpus-${count}`);
const cli = join(root, 'apps/cli/bin/trialyaml.js');
if (!existsSync(join(root, 'apps/cli/dist/trialyaml.mjs'))) throw new Error('Build first: npm run build');

if (!existsSync(corpus) || readdirSync(corpus).length !== count) {
  const { defective } = generateCorpus(corpus, count);
  console.log(`generated ${count} files (${defective} with defects) in ${corpus}`);
}
const files = readdirSync(corpus).map((name) => join(corpus, name));
const megabytes = files.reduce((sum, file) => sum + readFileSync(file).length, 0) / 1024 / 1024;

// 1. Parsing alone with `yaml`, keeping positions (one core, this process).
const texts = files.map((file) => readFileSync(file, 'utf8'));
for (const text of texts.slice(0, 100)) parseDocument(text);
let start = performance.now();
for (const text of texts) parseDocument(text);
const parseSeconds = (performance.now() - start) / 1000;
const parseRate = files.length / parseSeconds;

// 2. trialyaml lint on the whole corpus, as a user runs it (best of three runs).
const runs = [];
for (let i = 0; i < 3; i++)
  runs.push(
    await measureProcess(process.execPath, [
      cli,
      'lint',
      corpus,
      '--format',
      'json',
      '--as-of',
      '2026-11-21',
    ]),
  );
const best = runs.reduce((a, b) => (a.ms < b.ms ? a : b));
const lintRate = files.length / (best.ms / 1000);

// 3. A single file, cold (process start to exit), against `node -e 0`.
const one = files[0];
const cold = [];
const bare = [];
for (let i = 0; i < 15; i++) {
  cold.push((await measureProcess(process.execPath, [cli, 'lint', one, '--as-of', '2026-11-21'])).ms);
  bare.push((await measureProcess(process.execPath, ['-e', '0'])).ms);
}

console.log(`corpus: ${files.length} files, ${megabytes.toFixed(1)} MB`);
console.log(`yaml parse (positions kept, 1 core):  ${parseRate.toFixed(0)} files/s`);
console.log(
  `trialyaml lint (all rules, positions): ${lintRate.toFixed(0)} files/s  (${(lintRate / parseRate).toFixed(2)}x the yaml parse; ${(best.ms / 1000).toFixed(2)} s, exit ${best.code})`,
);
console.log(`peak RSS of trialyaml lint:            ${best.peakRssMb.toFixed(0)} MB`);
console.log(
  `single-file cold run (median of 15):   ${median(cold).toFixed(0)} ms  (node -e 0: ${median(bare).toFixed(0)} ms)`,
);
