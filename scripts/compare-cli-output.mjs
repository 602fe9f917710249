// Proves that a change to the CLI or the packages it bundles leaves its output as it was: runs the same commands
// with two builds of the CLI (a copy of an earlier build, and this worktree's) and compares everything they print
// and write, byte for byte. Commands: lint in every format on examples/, on the registry samples in
// fixtures/ctgov-samples (imported with each build first) and on the bench corpus (.bench/corpus-<n>, when `npm
// run bench` has made it); lint --fix; preview, export, rules and new; help and usage errors.
//
// Usage: keep a copy of the earlier build (cp -r apps/cli/bin apps/cli/dist apps/cli/package.json <dir>), change
// and rebuild, then: node scripts/compare-cli-output.mjs <dir> [corpus folder]
// Exit code 0 when every output is the same, 1 when one differs (both versions are kept for a diff), 2 on misuse.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [baselineDir, corpusArg] = process.argv.slice(2);
if (!baselineDir || !existsSync(join(baselineDir, 'bin/trialyaml.js'))) {
  process.stderr.write(
    'Usage: node scripts/compare-cli-output.mjs <copy of apps/cli with bin and dist> [corpus]\n',
  );
  process.exit(2);
}
const builds = {
  baseline: join(resolve(baselineDir), 'bin/trialyaml.js'),
  current: join(root, 'apps/cli/bin/trialyaml.js'),
};
const corpus = corpusArg ? resolve(corpusArg) : join(root, '.bench/corpus-2000');
// The same paths for both builds: outputs name the files they read and write.
const work = join(tmpdir(), 'trialyaml-compare-cli-output');
const kept = join(tmpdir(), 'trialyaml-compare-cli-output-differences');
const asOf = ['--as-of', '2026-11-21'];
const formats = ['stylish', 'json', 'sarif', 'junit', 'github'];

/** Every file under `folder`, by path relative to it. */
function filesUnder(folder) {
  const files = new Map();
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(folder, path), readFileSync(path));
    }
  };
  if (existsSync(folder)) walk(folder);
  return files;
}

/** Runs every command with the CLI at `bin`: what each printed, its exit code, and the files it wrote. */
function runAll(bin) {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const outputs = new Map();
  const run = (name, args, files) => {
    const result = spawnSync(process.execPath, [bin, ...args], {
      cwd: root,
      env: { ...process.env, TRIALYAML_COMPILE_CACHE: '0', NO_COLOR: '1', FORCE_COLOR: '' },
      maxBuffer: 1 << 30,
    });
    outputs.set(`${name}: exit code`, Buffer.from(String(result.status)));
    outputs.set(`${name}: stdout`, result.stdout);
    outputs.set(`${name}: stderr`, result.stderr);
    if (files) for (const [path, bytes] of filesUnder(files)) outputs.set(`${name}: ${path}`, bytes);
  };

  const samples = join(work, 'samples');
  run('import fixtures/ctgov-samples', ['import', 'fixtures/ctgov-samples', '-o', samples], samples);
  const examples = join(root, 'examples');
  for (const format of formats) {
    run(`lint examples --format ${format}`, ['lint', examples, '--format', format, ...asOf]);
    run(`lint samples --format ${format}`, ['lint', samples, '--format', format, ...asOf]);
  }
  run('lint examples --quiet', ['lint', examples, '--quiet', ...asOf]);
  if (existsSync(corpus))
    for (const format of ['stylish', 'json', 'sarif'])
      run(`lint corpus --format ${format}`, ['lint', corpus, '--format', format, ...asOf]);

  const fixing = join(work, 'fix');
  cpSync(examples, join(fixing, 'examples'), { recursive: true });
  cpSync(samples, join(fixing, 'samples'), { recursive: true });
  run('lint --fix', ['lint', fixing, '--fix', '--format', 'json', ...asOf], fixing);

  for (const file of [...readdirSync(examples), ...readdirSync(samples)].sort()) {
    const path = existsSync(join(examples, file)) ? join(examples, file) : join(samples, file);
    if (!file.endsWith('.trial.yaml')) continue;
    const out = join(work, 'out', file);
    run(`preview ${file}`, ['preview', path, '-o', `${out}.html`, '--problems', ...asOf], dirname(out));
    run(`export ${file}`, ['export', path]);
    run(`export ${file} prs-xml`, ['export', path, '--format', 'prs-xml']);
    rmSync(dirname(out), { recursive: true, force: true });
  }
  const pages = join(work, 'pages');
  run('preview examples', ['preview', examples, '-o', pages], pages);
  run('rules', ['rules']);
  run('rules --format json', ['rules', '--format', 'json']);
  run('new', ['new', ...asOf]);
  // Help, and usage errors (the launcher parses lint's arguments before the command runs).
  for (const args of [
    [],
    ['--help'],
    ['--version'],
    ['nope'],
    ['lint', '--help'],
    ['lint', '--bogus'],
    ['lint', '--format', 'xml', '--max-warnings', 'many'],
    ['lint', '--concurrency', '0', 'examples'],
    ['lint', '--as-of', '2026-02-30', 'examples'],
    ['import', '--help'],
  ])
    run(`trialyaml ${args.join(' ')}`, args);
  return outputs;
}

const baseline = runAll(builds.baseline);
const current = runAll(builds.current);
rmSync(work, { recursive: true, force: true });
const hash = (bytes) => createHash('sha256').update(bytes).digest('hex');
const differing = [...new Set([...baseline.keys(), ...current.keys()])].filter(
  (key) => !baseline.has(key) || !current.has(key) || hash(baseline.get(key)) !== hash(current.get(key)),
);
const bytes = [...current.values()].reduce((sum, output) => sum + output.length, 0);
console.log(
  `${current.size} outputs compared (${(bytes / 1024 / 1024).toFixed(1)} MB), corpus ${existsSync(corpus) ? corpus : 'not found (skipped)'}`,
);
if (!differing.length) {
  console.log('all outputs are byte-identical');
} else {
  rmSync(kept, { recursive: true, force: true });
  differing.forEach((key, index) => {
    for (const [side, outputs] of [
      ['baseline', baseline],
      ['current', current],
    ]) {
      mkdirSync(join(kept, side), { recursive: true });
      writeFileSync(join(kept, side, `${index}`), outputs.get(key) ?? '(missing)');
    }
    console.log(`differs: ${key} (${kept}/{baseline,current}/${index})`);
  });
  process.exitCode = 1;
}
