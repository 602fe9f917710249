// What a lint run over thousands of files keeps in memory, measured with V8's own collections: a file's data
// must die young, and findings must not keep their file's text.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { lintTrial } from '../src/engine/lint-trial.js';
import type { FileReport } from '../src/findings.js';
import { allRules } from '../src/rules/index.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (options?: { type: 'minor' | 'major' }) => void;

const examplesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../examples');
const examples = readdirSync(examplesDir)
  .filter((name) => name.endsWith('.trial.yaml'))
  .map((name) => readFileSync(join(examplesDir, name), 'utf8'));

/**
 * The `index`th file of a run: an example and, for the same shape, a recruiting trial with a hundred sites and
 * outcomes (whose lists rules share); distinct texts, as in a corpus.
 */
function nthFile(index: number, padding = ''): string {
  if (index % 2 === 0)
    return `${examples[(index / 2) % examples.length] as string}# file ${index}\n${padding}`;
  const outcomes = Array.from(
    { length: 100 },
    (_, i) => `    - measure: Change from baseline in score number ${i} of file ${index}
      timeFrame: Baseline and week ${i + 1}
`,
  ).join('');
  const sites = Array.from(
    { length: 100 },
    (_, i) => `    - facility: Regional Cancer Center ${i} of file ${index}
      status: RECRUITING
      city: Springfield
      state: Illinois
      zip: "62701"
      country: United States
      contacts:
        - name: Research Coordinator ${i}
          role: CONTACT
          phone: +1 217 555 0100
          email: coordinator${i}@example.org
`,
  ).join('');
  return `identificationModule:
  nctId: NCT0${String(1_000_000 + index)}
  briefTitle: Score Changes in File ${index} of a Lint Run
statusModule:
  overallStatus: RECRUITING
outcomesModule:
  primaryOutcomes:
${outcomes}contactsLocationsModule:
  locations:
${sites}${padding}`;
}

function lint(text: string): FileReport {
  const { report, trial } = lintTrial(text, { rules: allRules, asOf: '2026-11-21' });
  // Rules only run on files read without errors.
  if (!trial.ok) throw new Error(`unreadable test file: ${report.findings[0]?.message}`);
  return report;
}

const oldGenerationBytes = (): number =>
  getHeapSpaceStatistics()
    .filter((space) => space.space_name === 'old_space' || space.space_name === 'large_object_space')
    .reduce((sum, space) => sum + space.space_used_size, 0);

describe('memory of a lint run over many files', () => {
  it("lets a file's data die young", () => {
    for (let i = 0; i < 40; i++) lint(nthFile(i));
    gc();
    const before = oldGenerationBytes();
    let files = 0;
    for (let round = 0; round < 10; round++) {
      for (let i = 0; i < 10; i++) lint(nthFile(files++));
      // What a young-generation collection finds alive it keeps; what it finds alive twice it moves to the old
      // generation. Ten files later, nothing of a file should be alive. (An object literal with a getter in the
      // loaded trial, or a closure of its own in a property, kept every file's text and data alive that way:
      // ~70 KB a file here. The WeakMaps rules once kept their lists in show only with V8's own timing of
      // collections; see per-trial.ts.)
      gc({ type: 'minor' });
    }
    // Per file on average (~6 KB here, 70 KB with the getter): the text alone of every other file is ~45 KB.
    expect((oldGenerationBytes() - before) / files).toBeLessThan(16 * 1024);
  });

  it("lets go of the file's data when the lint is done", async () => {
    let data: WeakRef<object> | undefined;
    (() => {
      const { trial } = lintTrial(nthFile(1), { rules: allRules, asOf: '2026-11-21' });
      data = new WeakRef(trial.data as object);
    })();
    // WeakRefs let go only after the job that made them: a macrotask later.
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    // The rules' shared lists of the trial (per-trial.ts) are emptied once the rules are done.
    expect(data?.deref()).toBeUndefined();
  });

  it("keeps findings without their file's text", () => {
    // A long comment makes each text large next to its findings.
    const padding = '# notes\n'.repeat(12_000);
    gc();
    const before = process.memoryUsage().heapUsed;
    const kept = Array.from({ length: 30 }, (_, index) => lint(nthFile(index, padding)));
    gc();
    const perFile = (process.memoryUsage().heapUsed - before) / kept.length;
    // Most examples have findings that quote a value of the file (checked only now: reading a message joins
    // its parts into a string of its own, which would hide the problem).
    const quoting = kept.filter((report) => report.findings.some((finding) => finding.message.includes('"')));
    expect(quoting.length).toBeGreaterThan(kept.length / 2);
    // ~20-30 KB of findings a file; a message naming a value (a site, a label) cut from the text would keep all
    // ~100 KB of the text too (~160 KB a file).
    expect(perFile).toBeLessThan(64 * 1024);
  });
});
