#!/usr/bin/env node
// trial-summary <folder>: a table of the trial files in a folder.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { summarize } from './summarize.js';

const folder = process.argv[2] ?? '.';
const rows = readdirSync(folder)
  .filter((name) => /\.trial\.ya?ml$/.test(name))
  .sort()
  .map((name) => summarize(name, readFileSync(join(folder, name), 'utf8')));
for (const row of rows) {
  process.stdout.write(`${row.id}\t${row.status}\t${row.phases}\t${row.enrollment}\t${row.title}\n`);
}
