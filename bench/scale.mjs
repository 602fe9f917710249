// Scaling bench (issue 17): how cost grows with the size of one file, where quadratic work would show.
// 1. `trialyaml lint` on one file with 1k/10k/100k findings (unknown keys), and `--fix` on one file with
//    1k/10k/100k padded values; whole process, and the growth ratio per 10x (goal: at most ~12x).
// 2. The language server over real stdio: 500 incremental edits sent in a row to a 0.2/1/5 MB document, then a
//    hover; the time from the last edit sent to the hover's answer (goal: under 300 ms on 1 MB), and to the
//    diagnostics of the last version (the server pushes them: the client declares no pull support).
// 3. The language server over real stdio, a hover sent while a 1/5 MB document is validated (issue 17 item 9):
//    push: after each of a few one-character edits, a hover sent when the validation is due plus 0-200 ms; the
//    time to its answer counts when the validation still ran when it was sent (its diagnostics came after).
//    Pull: a diagnostics request and a hover sent together. Both with the lint in steps (the server's default)
//    and in one piece (`--lint-in-one-piece`, the lint as it was), and BENCH_BASELINE=<checkout>'s server (e.g.
//    main before the change), interleaved in the same run.
// Not a test: figures only. Run: npm run bench:scale (or node bench/scale.mjs [--lint-only|--lsp-only|
// --bursts-only|--during-only] [--no-fix] [--max N]; BENCH_TARGET=<checkout> measures another checkout's build).
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringifyTrial } from '@trialyaml/core';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { measureProcess } from './measure-process.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Another checkout's build to measure (e.g. before a change); the records are made here either way.
const target = resolve(process.env.BENCH_TARGET ?? root);
const cli = join(target, 'apps/cli/bin/trialyaml.js');
const serverBin = join(target, 'packages/language-server/bin/trialyaml-language-server.js');
const work = join(root, '.bench', 'scale');
const args = process.argv.slice(2);
const maxFindings = args.includes('--max') ? Number(args[args.indexOf('--max') + 1]) : 100_000;
if (!existsSync(join(target, 'apps/cli/dist/trialyaml.cjs'))) throw new Error('Build first: npm run build');
mkdirSync(work, { recursive: true });

const samplesDir = join(root, 'fixtures/ctgov-samples');
const sample = (id) => JSON.parse(readFileSync(join(samplesDir, `${id}.json`), 'utf8')).protocolSection;
const base = sample('NCT02210780');
const baseText = stringifyTrial(base);

/** A valid record with `count` keys the schema does not know, in one module: one finding each. */
function unknownKeys(count) {
  const lines = [];
  for (let i = 0; i < count; i++) lines.push(`  unknownField${i}: value ${i}`);
  return baseText.replace(/^identificationModule:\n/m, `identificationModule:\n${lines.join('\n')}\n`);
}

/** A record with `count` keywords written with spaces around them: one fixable finding each. */
function paddedValues(count) {
  const lines = [];
  for (let i = 0; i < count; i++) lines.push(`    - " keyword ${i} "`);
  return baseText.replace(
    /^conditionsModule:\n( {2}keywords:\n( {4}- .*\n)*)?/m,
    () => `conditionsModule:\n  keywords:\n${lines.join('\n')}\n`,
  );
}

const fmt = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`).padStart(9);

async function lintScaling() {
  const sizes = [1_000, 10_000, 100_000].filter((size) => size <= maxFindings);
  const kinds = [
    ['lint, unknown keys', unknownKeys, false],
    ['lint --fix, padded values', paddedValues, true],
  ].filter(([, , fix]) => !(fix && args.includes('--no-fix')));
  for (const [label, make, fix] of kinds) {
    console.log(`\n${label} (one file, whole process, best of 3 below 100k)`);
    let previous;
    for (const size of sizes) {
      const source = join(work, `${fix ? 'padded' : 'unknown'}-${size}.trial.yaml`);
      if (!existsSync(source)) writeFileSync(source, make(size));
      const target = join(work, `run-${size}.trial.yaml`);
      const runs = [];
      for (let run = 0; run < (size >= 100_000 ? 1 : 3); run++) {
        copyFileSync(source, target);
        const lintArgs = [
          cli,
          'lint',
          target,
          '--format',
          'json',
          '--concurrency',
          '1',
          '--as-of',
          '2026-11-21',
        ];
        runs.push(await measureProcess(process.execPath, fix ? [...lintArgs, '--fix'] : lintArgs));
      }
      const best = runs.reduce((a, b) => (a.ms < b.ms ? a : b));
      const ratio = previous ? `${(best.ms / previous).toFixed(1)}x the previous` : '';
      console.log(
        `  ${String(size).padStart(7)} findings ${fmt(best.ms)}  peak ${best.peakRssMb.toFixed(0).padStart(4)} MB  exit ${best.code}  ${ratio}`,
      );
      previous = best.ms;
    }
  }
}

/** A record of about `bytes`: the sample with sites added. */
function recordOfSize(bytes) {
  const trial = structuredClone(base);
  const pool = base.contactsLocationsModule.locations;
  const sites = (count) =>
    Array.from({ length: count }, (_, i) => ({
      ...structuredClone(pool[i % pool.length]),
      status: 'RECRUITING',
    }));
  let count = 100;
  for (let round = 0; round < 3; round++) {
    trial.contactsLocationsModule.locations = sites(count);
    const size = stringifyTrial(trial).length;
    count = Math.max(1, Math.round((count * (bytes - baseText.length)) / (size - baseText.length)));
  }
  trial.contactsLocationsModule.locations = sites(count);
  return stringifyTrial(trial);
}

async function startServer({ bin = serverBin, serverArgs = [], pull = false } = {}) {
  const child = spawn(
    process.execPath,
    [...(process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean), bin, '--stdio', ...serverArgs],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => ({})));
  connection.onRequest(RegistrationRequest.type, () => undefined);
  const published = [];
  let onEvent;
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.push({ version: params.version, at: performance.now() });
    onEvent?.();
  });
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    capabilities: {
      textDocument: {
        hover: { contentFormat: ['markdown'] },
        ...(pull ? { diagnostic: { dynamicRegistration: false } } : {}),
      },
    },
    workspaceFolders: null,
  });
  await connection.sendNotification(InitializedNotification.type, {});
  /** Resolves once `test()` holds (checked at each diagnostics the server sends). */
  const until = async (test) => {
    while (!test()) await new Promise((wake) => (onEvent = wake));
  };
  return { child, connection, published, until };
}

async function burst(bytes) {
  const text = recordOfSize(bytes);
  const { connection, published } = await startServer();
  const uri = 'untitled:burst.trial.yaml';
  await connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'trial-yaml', version: 1, text },
  });
  // Wait for the first diagnostics, so that the burst starts on a server at rest.
  while (!published.length) await new Promise((done) => setTimeout(done, 20));
  const lines = text.split('\n');
  const titleLine = lines.findIndex((line) => line.includes('briefTitle: '));
  const titleEnd = lines[titleLine].length;
  const statusLine = lines.findLastIndex((line) => line.includes('status: RECRUITING'));
  const hoverAt = { line: statusLine, character: lines[statusLine].indexOf('RECRUITING') + 2 };
  const EDITS = 500;
  for (let i = 0; i < EDITS; i++) {
    const at = { line: titleLine, character: titleEnd + i };
    void connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: i + 2 },
      contentChanges: [{ range: { start: at, end: at }, text: 'x' }],
    });
  }
  const sent = performance.now();
  const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: hoverAt });
  const hoverMs = performance.now() - sent;
  if (!hover) throw new Error('no hover');
  while (!published.some((entry) => entry.version === EDITS + 1))
    await new Promise((done) => setTimeout(done, 20));
  const diagnosticsMs = published.find((entry) => entry.version === EDITS + 1).at - sent;
  await connection.sendRequest(ShutdownRequest.type);
  await connection.sendNotification(ExitNotification.type);
  connection.dispose();
  return { bytes: text.length, hoverMs, diagnosticsMs };
}

async function lspBursts() {
  console.log('\nlanguage server over stdio: 500 edits in a row, then a hover (push diagnostics)');
  for (const megabytes of (process.env.BENCH_SIZES ?? '0.2,1,5').split(',').map(Number)) {
    const result = await burst(megabytes * 1024 * 1024);
    console.log(
      `  ${(result.bytes / 1024 / 1024).toFixed(1).padStart(4)} MB  last edit → hover ${fmt(result.hoverMs)}   → diagnostics of the last version ${fmt(result.diagnosticsMs)}`,
    );
  }
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

/** Where a hover is asked in a record (a site's status) and where edits go (the title). */
function spots(text) {
  const lines = text.split('\n');
  const titleLine = lines.findIndex((line) => line.includes('briefTitle: '));
  const statusLine = lines.findLastIndex((line) => line.includes('status: RECRUITING'));
  return {
    editAt: (i) => ({ line: titleLine, character: lines[titleLine].length + i }),
    hoverAt: { line: statusLine, character: lines[statusLine].indexOf('RECRUITING') + 2 },
  };
}

/** The server's pause after an edit before it validates (push); a hover is sent this long after an edit, plus: */
const VALIDATION_DELAY_MS = 150;
const DELAYS = [0, 25, 50, 100, 200];

/**
 * Push: after each of a few one-character edits, a hover sent when the validation is due (150 ms) plus 0 to
 * 200 ms; its answer time counts when that version's diagnostics had not arrived when it was sent and arrived
 * after. Works with any server build (no trace needed): BENCH_TARGET compares another checkout.
 */
async function hoverDuringPush(text, bin, serverArgs) {
  const { connection, published, until } = await startServer({ bin, serverArgs });
  const uri = 'untitled:during.trial.yaml';
  const { editAt, hoverAt } = spots(text);
  await connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'trial-yaml', version: 1, text },
  });
  await until(() => published.some((entry) => entry.version === 1));
  const during = [];
  const validations = [];
  let version = 1;
  for (const delay of DELAYS) {
    for (let round = 0; round < 2; round++) {
      version++;
      const at = editAt(version);
      const edited = performance.now();
      await connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: at, end: at }, text: 'x' }],
      });
      await sleep(VALIDATION_DELAY_MS + delay);
      const done = published.some((entry) => entry.version === version);
      const sent = performance.now();
      await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: hoverAt });
      const answered = performance.now();
      await until(() => published.some((entry) => entry.version === version));
      const end = published.find((entry) => entry.version === version).at;
      validations.push(end - edited - VALIDATION_DELAY_MS);
      if (!done && end > sent) during.push(answered - sent);
    }
  }
  await connection.sendRequest(ShutdownRequest.type);
  await connection.sendNotification(ExitNotification.type);
  connection.dispose();
  return { during, validations };
}

/** Pull: a diagnostics request and a hover sent together, after an edit; the hover's answer time. */
async function hoverWithPull(text, bin, serverArgs) {
  const { connection } = await startServer({ bin, serverArgs, pull: true });
  const uri = 'untitled:pull.trial.yaml';
  const { editAt, hoverAt } = spots(text);
  await connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'trial-yaml', version: 1, text },
  });
  await connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
  const hovers = [];
  const pulls = [];
  for (let version = 2; version < 8; version++) {
    const at = editAt(version);
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: at, end: at }, text: 'x' }],
    });
    const sent = performance.now();
    const pulled = connection
      .sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })
      .then(() => performance.now() - sent);
    await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: hoverAt });
    hovers.push(performance.now() - sent);
    pulls.push(await pulled);
  }
  await connection.sendRequest(ShutdownRequest.type);
  await connection.sendNotification(ExitNotification.type);
  connection.dispose();
  return { hovers, pulls };
}

async function hoversDuringValidation() {
  console.log(
    '\nlanguage server over stdio: a hover sent while a document is validated (median / max; modes interleaved, 3 cycles)',
  );
  const modes = [
    ['lint in steps    ', serverBin, []],
    ['lint in one piece', serverBin, ['--lint-in-one-piece']],
  ];
  // Another checkout's server in the same run (e.g. main before this change), interleaved with the others.
  if (process.env.BENCH_BASELINE)
    modes.push([
      'baseline         ',
      join(resolve(process.env.BENCH_BASELINE), 'packages/language-server/bin/trialyaml-language-server.js'),
      [],
    ]);
  const stat = (values) =>
    values.length ? `${fmt(median(values))} /${fmt(Math.max(...values))}` : '      (none)       ';
  for (const megabytes of (process.env.BENCH_DURING_SIZES ?? '1,5').split(',').map(Number)) {
    const text = recordOfSize(megabytes * 1024 * 1024);
    const results = modes.map(() => ({ during: [], validations: [], hovers: [], pulls: [] }));
    for (let cycle = 0; cycle < 3; cycle++)
      for (const [index, [, bin, serverArgs]] of modes.entries()) {
        const push = await hoverDuringPush(text, bin, serverArgs);
        const pull = await hoverWithPull(text, bin, serverArgs);
        for (const key of Object.keys(push)) results[index][key].push(...push[key]);
        for (const key of Object.keys(pull)) results[index][key].push(...pull[key]);
      }
    for (const [index, [mode]] of modes.entries()) {
      const { during, validations, hovers, pulls } = results[index];
      console.log(
        `  ${(text.length / 1024 / 1024).toFixed(1).padStart(4)} MB  ${mode}  push: hover during validation ${stat(during)} (${during.length} of ${validations.length} sent during one; validation ${fmt(median(validations))})   pull + hover together: hover ${stat(hovers)}, pull ${fmt(median(pulls))}`,
      );
    }
  }
}

if (!args.includes('--lsp-only') && !args.includes('--during-only') && !args.includes('--bursts-only'))
  await lintScaling();
if (!args.includes('--lint-only') && !args.includes('--during-only')) await lspBursts();
if (!args.includes('--lint-only') && !args.includes('--bursts-only')) await hoversDuringValidation();
