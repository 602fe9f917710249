// One thread's share of a lint run, in a fresh V8: lints `count` corpus files from `from` in this process (files
// read beforehand, so only linting is timed), twice. The first pass is what a lint thread does (V8 still
// interpreting, compiling and optimizing the code); the second is the same work on warm code. Prints
// {"first": ms, "second": ms} on stdout. Run by lint-corpus.mjs with the V8 flags the CLI sets for `lint`.
// Usage: node [v8 flags] bench/warm-up.mjs <corpus folder> <from> <count>
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { allRules, lintTrial } from '@trialyaml/validator';

const [corpus, from, count] = process.argv.slice(2);
const files = readdirSync(corpus)
  .sort()
  .slice(Number(from), Number(from) + Number(count));
const contents = files.map((name) => readFileSync(join(corpus, name)));

function pass() {
  const start = performance.now();
  for (const content of contents) lintTrial(content, { rules: allRules, asOf: '2026-11-21' });
  return performance.now() - start;
}

const first = pass();
const second = pass();
process.stdout.write(`${JSON.stringify({ first, second })}\n`);
