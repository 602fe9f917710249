// Latency and memory of the language server, measured as an editor sees them: the real server (the bin) over
// stdio, driven by a real LSP client. Two records are generated from the registry samples: a typical ~20 KB one
// and a ~2 MB one with 3,000 locations. For each, a fresh server; then, over 20 requests each: first
// diagnostics (open + pull), diagnostics after a one-character edit (change + pull), completion and hover; and
// the server's peak RSS (VmHWM). Usage: node bench/lsp.mjs [--json]
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringifyTrial } from '@trialyaml/core';
import {
  CompletionRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

const here = dirname(fileURLToPath(import.meta.url));
const serverBin = resolve(here, '../bin/trialyaml-language-server.js');
const samplesDir = resolve(here, '../../../fixtures/ctgov-samples');
const RUNS = Number(process.env.BENCH_RUNS ?? 20);

const samples = readdirSync(samplesDir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(join(samplesDir, name), 'utf8')).protocolSection);
const base = samples.find((sample) => sample.identificationModule?.nctId === 'NCT02210780') ?? samples[0];
const pool = samples.flatMap((sample) => sample.contactsLocationsModule?.locations ?? []);
const contactPool = pool.flatMap((location) => location.contacts ?? []);

/** A typical record: a real one with sites added until it is about 20 KB. */
function typicalRecord() {
  const trial = structuredClone(base);
  const locations = trial.contactsLocationsModule.locations;
  let text = stringifyTrial(trial);
  for (let i = 0; text.length < 20_000; i++) {
    locations.push(structuredClone(pool[i % pool.length]));
    text = stringifyTrial(trial);
  }
  for (const location of locations) location.status ??= 'RECRUITING';
  return stringifyTrial(trial);
}

/** A large record: 3,000 sites, each with a status, contacts and coordinates (about 2 MB). */
function largeRecord() {
  const trial = structuredClone(base);
  trial.contactsLocationsModule.locations = Array.from({ length: 3000 }, (_, i) => {
    const location = structuredClone(pool[i % pool.length]);
    location.status ??= 'RECRUITING';
    location.contacts = location.contacts ?? [];
    while (location.contacts.length < (i % 2 ? 4 : 5))
      location.contacts.push(
        structuredClone(contactPool[(i * 7 + location.contacts.length) % contactPool.length]),
      );
    location.geoPoint ??= { lat: 40.7128, lon: -74.006 };
    return location;
  });
  return stringifyTrial(trial);
}

const capabilities = {
  workspace: {
    configuration: true,
    workspaceEdit: { documentChanges: true },
    diagnostics: { refreshSupport: true },
  },
  textDocument: {
    diagnostic: {},
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown'] } },
    hover: { contentFormat: ['markdown'] },
    codeAction: { resolveSupport: { properties: ['edit'] } },
  },
};

async function startServer() {
  const child = spawn(process.execPath, [serverBin, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => ({})));
  connection.onRequest(RegistrationRequest.type, () => undefined);
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    capabilities,
    workspaceFolders: null,
  });
  await connection.sendNotification(InitializedNotification.type, {});
  return { child, connection };
}

function peakRssMb(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
    return kb / 1024;
  } catch {
    return Number.NaN;
  }
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function time(action) {
  const start = performance.now();
  const result = await action();
  return { ms: performance.now() - start, result };
}

/** Position just after `key: ` on the last line that has it. */
function lastValuePosition(text, key) {
  const lines = text.split('\n');
  for (let line = lines.length - 1; line >= 0; line--) {
    const column = lines[line].indexOf(`${key}: `);
    if (column !== -1) return { line, character: column + key.length + 2 };
  }
  throw new Error(`no ${key}`);
}

async function measure(name, text) {
  const { child, connection } = await startServer();
  const results = { name, bytes: Buffer.byteLength(text) };
  let version = 1;
  const pull = (uri) => connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });

  // First diagnostics: open a document and pull its diagnostics (a new document each time).
  const first = [];
  let findings = 0;
  for (let run = 0; run < RUNS; run++) {
    const uri = `untitled:first-${run}.trial.yaml`;
    const { ms, result } = await time(async () => {
      await connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'trial-yaml', version: 1, text },
      });
      return pull(uri);
    });
    first.push(ms);
    findings = result.items.length;
    await connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }
  results.findings = findings;
  results.firstDiagnostics = first;

  // One document from here on.
  const uri = 'untitled:bench.trial.yaml';
  await connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'trial-yaml', version: version++, text },
  });
  await pull(uri);

  // Edit → diagnostics: type a character into the brief title, then delete it again.
  const titleLine = text.split('\n').findIndex((line) => line.includes('briefTitle: '));
  const titleEnd = text.split('\n')[titleLine].length;
  const edits = [];
  for (let run = 0; run < RUNS; run++) {
    const insert = run % 2 === 0;
    const range = insert
      ? { start: { line: titleLine, character: titleEnd }, end: { line: titleLine, character: titleEnd } }
      : {
          start: { line: titleLine, character: titleEnd },
          end: { line: titleLine, character: titleEnd + 1 },
        };
    const { ms } = await time(async () => {
      await connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version: version++ },
        contentChanges: [{ range, text: insert ? 's' : '' }],
      });
      return pull(uri);
    });
    edits.push(ms);
  }
  results.editDiagnostics = edits;

  // Completion and hover at the last site's recruitment status (the deepest place in the large record).
  const position = lastValuePosition(text, 'status');
  const completion = [];
  let items = 0;
  for (let run = 0; run < RUNS; run++) {
    const { ms, result } = await time(() =>
      connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position }),
    );
    completion.push(ms);
    items = (result?.items ?? result ?? []).length;
  }
  results.completion = completion;
  results.completionItems = items;

  const hoverAt = { line: position.line, character: position.character + 2 };
  const facility = lastValuePosition(text, 'facility');
  const hover = [];
  for (let run = 0; run < RUNS; run++) {
    // Alternate between an enum value and a field with a registry limit (its length is shown).
    const at = run % 2 === 0 ? hoverAt : { line: facility.line, character: facility.character + 1 };
    const { ms, result } = await time(() =>
      connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: at }),
    );
    if (!result) throw new Error('no hover');
    hover.push(ms);
  }
  results.hover = hover;

  // Completion right after an edit, before any diagnostics of the new version.
  const afterEdit = [];
  for (let run = 0; run < RUNS; run++) {
    const insert = run % 2 === 0;
    const range = insert
      ? { start: { line: titleLine, character: titleEnd }, end: { line: titleLine, character: titleEnd } }
      : {
          start: { line: titleLine, character: titleEnd },
          end: { line: titleLine, character: titleEnd + 1 },
        };
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: version++ },
      contentChanges: [{ range, text: insert ? 's' : '' }],
    });
    const { ms } = await time(() =>
      connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position }),
    );
    afterEdit.push(ms);
  }
  results.completionAfterEdit = afterEdit;

  results.peakRssMb = peakRssMb(child.pid);
  await connection.sendRequest(ShutdownRequest.type);
  await connection.sendNotification(ExitNotification.type);
  connection.dispose();
  return results;
}

const TARGETS = {
  typical: { editDiagnostics: 60, completion: 10, hover: 5 },
  large: { firstDiagnostics: 400, editDiagnostics: 400, completion: 50, hover: 20, peakRssMb: 300 },
};
const RED_HAT = {
  typical: { editDiagnostics: 217, completion: 9.8, hover: 1.6 },
  large: { editDiagnostics: 1060, completion: 635, hover: 69, peakRssMb: 918 },
};

const records = [
  ['typical', typicalRecord()],
  ['large', largeRecord()],
];
const all = [];
for (const [name, text] of records) all.push(await measure(name, text));

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(all, null, 2));
} else {
  const fmt = (ms) => (ms < 10 ? ms.toFixed(1) : ms.toFixed(0)).padStart(6);
  for (const result of all) {
    const target = TARGETS[result.name];
    const redHat = RED_HAT[result.name];
    console.log(
      `\n${result.name === 'typical' ? 'Typical record' : 'Large record'}: ${(result.bytes / 1024).toFixed(0)} KB, ${result.findings} findings (${RUNS} requests each, ms)`,
    );
    console.log(
      `  ${'measure'.padEnd(28)}${'p50'.padStart(6)}${'p95'.padStart(6)}   target p95   Red Hat YAML p95`,
    );
    const row = (label, values, key) =>
      console.log(
        `  ${label.padEnd(28)}${fmt(percentile(values, 50))}${fmt(percentile(values, 95))}   ${String(target[key] ?? '-').padStart(10)}   ${String(redHat[key] ?? '-').padStart(16)}`,
      );
    row('first diagnostics', result.firstDiagnostics, 'firstDiagnostics');
    row('edit → diagnostics', result.editDiagnostics, 'editDiagnostics');
    row(`completion (${result.completionItems} items)`, result.completion, 'completion');
    row('hover', result.hover, 'hover');
    row('completion right after edit', result.completionAfterEdit, 'completionAfterEdit');
    console.log(
      `  ${'server peak RSS (MB)'.padEnd(28)}${result.peakRssMb.toFixed(0).padStart(12)}   ${String(target.peakRssMb ?? '-').padStart(10)}   ${String(redHat.peakRssMb ?? '-').padStart(16)}`,
    );
  }
}
