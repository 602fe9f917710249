import { readdir, readFile, stat, mkdir } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import {
  CtgovError,
  DEFAULT_BASE_URL,
  DEFAULT_SCHEMA_REF,
  DEFAULT_TIMEOUT_MS,
  fetchStudy,
  importStudy,
  importStudyJson,
  isNctId,
  type ImportedStudy,
} from '@trialyaml/ctgov';
import type { CliIO } from '../cli-io.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import { registryOptions } from '../registry-options.js';
import { visibleText } from '@trialyaml/validator/formatters';
import { progressLine } from '../progress.js';
import { FileWriteError, writeUserFile } from '../write-user-file.js';

export const importHelp = `Usage: trialyaml import <study.json | NCT12345678 | folder | -> ... [options]

Turns ClinicalTrials.gov API v2 study records into trial files: the protocolSection in the registry's order,
long and multi-line text as literal blocks, a schema modeline, and a header naming the record and its last
update. Sections outside the protocol (results, derived data, documents, annotations) are not part of a trial
file; the header says which were left out.

Inputs:
  study.json            a saved API v2 study record
  NCT12345678           fetched from the registry: <base-url>/studies/NCT12345678
  folder                every *.json file in it (not its subfolders; other files are skipped)
  -                     a study record on standard input

Options:
  -o, --output <path>   a file (one record) or a folder (one <NCT id>.trial.yaml per record, created if
                        needed). Without it, one record is written to standard output.
      --force           overwrite files that exist (default: refuse and report)
      --schema <ref>    the modeline's $schema: a URL, or a path relative to where the file will live
                        (default ${DEFAULT_SCHEMA_REF}); "none" writes no modeline
      --base-url <url>  the registry API root for NCT numbers (default ${DEFAULT_BASE_URL})
      --timeout <s>     seconds to wait for the registry (default ${DEFAULT_TIMEOUT_MS / 1000})
  -h, --help            show this help

Exit codes: 0 every record imported; 1 an input is not a usable study record (invalid JSON, not a study, no
protocolSection); 2 usage error, a registry fetch failed (unknown NCT number, HTTP error, timeout, no network,
malformed answer), an output file exists (without --force) or cannot be written, or an internal error.
`;

/** Above this many records the per-record lines give way to the progress counter and a summary. */
const RECORD_LINES_UP_TO = 49;

type Input =
  | { kind: 'file'; path: string; label: string }
  | { kind: 'registry'; id: string; label: string }
  | { kind: 'stdin'; label: string };

interface ImportCommandOptions {
  inputs: string[];
  output: string | undefined;
  force: boolean;
  schema: string | false;
  baseUrl: string;
  timeoutMs: number;
}

function parseImportArgs(argv: readonly string[]): ImportCommandOptions | 'help' {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean', default: false },
      schema: { type: 'string' },
      'base-url': { type: 'string', default: DEFAULT_BASE_URL },
      timeout: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  if (!positionals.length) {
    throw new UsageError(
      'Name what to import: a study .json file, an NCT number, a folder, or - for standard input.',
    );
  }
  const { baseUrl, timeoutMs } = registryOptions(values);
  const schema =
    values.schema === undefined ? DEFAULT_SCHEMA_REF : values.schema === 'none' ? false : values.schema;
  if (schema !== false && (!schema.trim() || /\s/.test(schema))) {
    throw new UsageError(`--schema takes a URL or path without spaces (or "none"), not "${values.schema}".`);
  }
  if (positionals.filter((input) => input === '-').length > 1) {
    throw new UsageError('Standard input (-) can be read only once.');
  }
  return {
    inputs: positionals,
    output: values.output,
    force: values.force,
    schema,
    baseUrl,
    timeoutMs,
  };
}

/** Reads all of standard input (or the host's stdin, when the CLI runs in-process). */
export async function readStandardInput(io: CliIO): Promise<Uint8Array> {
  const source: AsyncIterable<Uint8Array | string> =
    io.stdin ?? (process.stdin as AsyncIterable<Uint8Array | string>);
  const chunks: Buffer[] = [];
  for await (const chunk of source) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** The outcome of writing one output file. */
export type WriteOutcome = { ok: true } | { ok: false; message: string };

/**
 * Writes a file atomically (never half-written; see write-user-file.ts). An existing file is kept unless `force`;
 * the message then says how to overwrite it.
 */
export async function writeOutputFile(
  path: string,
  content: string,
  force: boolean,
  cwd: string,
): Promise<WriteOutcome> {
  const shown = relative(cwd, path) || path;
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isDirectory())
    return { ok: false, message: `${visibleText(shown)} is a folder; name a file to write.` };
  if (existing && !force)
    return {
      ok: false,
      message: `${visibleText(shown)} exists; not overwritten (use --force to replace it).`,
    };
  try {
    // Through a symbolic link to its target (a link to nothing yet creates it), atomically.
    await writeUserFile(path, content, shown);
    return { ok: true };
  } catch (error) {
    if (error instanceof FileWriteError) return { ok: false, message: visibleText(error.message) };
    throw error;
  }
}

/** Turns the command line's inputs into records to import; folders give their *.json files. */
async function collectInputs(
  args: readonly string[],
  io: CliIO,
): Promise<{ inputs: Input[]; fromFolder: boolean }> {
  const inputs: Input[] = [];
  let fromFolder = false;
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ kind: 'stdin', label: 'standard input' });
      continue;
    }
    if (isNctId(arg)) {
      inputs.push({ kind: 'registry', id: arg.toUpperCase(), label: arg.toUpperCase() });
      continue;
    }
    const path = resolve(io.cwd, arg);
    const info = await stat(path).catch(() => undefined);
    if (!info) {
      throw new UsageError(
        `No such file or folder: ${arg}${/^nct/i.test(arg) ? ' (an NCT number is NCT followed by 8 digits)' : ''}.`,
      );
    }
    if (!info.isDirectory()) {
      inputs.push({ kind: 'file', path, label: visibleText(arg) });
      continue;
    }
    fromFolder = true;
    const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    const before = inputs.length;
    for (const entry of entries) {
      const shown = join(arg, entry.name);
      if (entry.isFile() && /\.json$/i.test(entry.name)) {
        inputs.push({ kind: 'file', path: join(path, entry.name), label: visibleText(shown) });
      } else if (entry.isDirectory()) {
        io.stderr.write(
          `trialyaml: skipped ${visibleText(shown)}${sep}: folders inside a folder are not searched.\n`,
        );
      } else {
        io.stderr.write(`trialyaml: skipped ${visibleText(shown)}: not a .json file.\n`);
      }
    }
    if (inputs.length === before) throw new UsageError(`No .json files in ${arg}; nothing to import.`);
  }
  return { inputs, fromFolder };
}

/** `NCT01234567.trial.yaml`, else the organization's study ID, else the input's name. */
function fileNameFor(imported: ImportedStudy, input: Input): string {
  if (imported.nctId) return `${imported.nctId}.trial.yaml`;
  const identification = imported.protocolSection.identificationModule as
    { orgStudyIdInfo?: { id?: unknown } } | undefined;
  const orgId = identification?.orgStudyIdInfo?.id;
  const fromOrgId =
    typeof orgId === 'string' ? orgId.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '') : '';
  if (fromOrgId) return `${fromOrgId}.trial.yaml`;
  if (input.kind === 'file') return `${basename(input.path).replace(/\.json$/i, '')}.trial.yaml`;
  return 'study.trial.yaml';
}

/** One record's result: the imported file, or the exit code and message of its failure. */
type Outcome =
  { code: number; imported: ImportedStudy } | { code: number; imported?: undefined; message: string };

async function importOne(input: Input, options: ImportCommandOptions, io: CliIO): Promise<Outcome> {
  const importOptions = { schema: options.schema };
  try {
    if (input.kind === 'registry') {
      const fetched = await fetchStudy(input.id, { baseUrl: options.baseUrl, timeoutMs: options.timeoutMs });
      return { code: ExitCode.Ok, imported: importStudy(fetched.study, importOptions) };
    }
    const bytes = input.kind === 'stdin' ? await readStandardInput(io) : await readFile(input.path);
    return { code: ExitCode.Ok, imported: importStudyJson(bytes, importOptions) };
  } catch (error) {
    if (error instanceof CtgovError) {
      // Registry trouble and writer bugs are failures of the run; a local file that is not a study is a problem in it.
      const code =
        input.kind === 'registry' || error.kind === 'round-trip' ? ExitCode.Failure : ExitCode.Problems;
      return { code, message: error.message };
    }
    const reason = error instanceof Error ? error.message.replace(/^[A-Z]+: /, '') : String(error);
    if (typeof (error as { code?: unknown }).code === 'string') {
      return { code: ExitCode.Failure, message: `could not read it: ${reason}` };
    }
    return { code: ExitCode.Failure, message: `internal error, please report it with this input: ${reason}` };
  }
}

function findingsWarning(label: string, imported: ImportedStudy): string {
  const shown = imported.findings
    .slice(0, 3)
    .map((finding) => `  ${visibleText(`${finding.pointer}: ${finding.message}`)}`);
  const more = imported.findings.length > 3 ? [`  ... and ${imported.findings.length - 3} more`] : [];
  return [
    `trialyaml: ${label}: imported as it is, but it does not follow the trial schema in ${imported.findings.length} place${imported.findings.length === 1 ? '' : 's'} (run trialyaml lint on the file):`,
    ...shown,
    ...more,
  ].join('\n');
}

/** `trialyaml import`: writes trial files from registry records and returns the exit code. */
export async function importCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const options = parseImportArgs(argv);
  if (options === 'help') {
    io.stdout.write(importHelp);
    return ExitCode.Ok;
  }
  const { inputs, fromFolder } = await collectInputs(options.inputs, io);
  const outputPath = options.output === undefined ? undefined : resolve(io.cwd, options.output);
  const outputInfo = outputPath ? await stat(outputPath).catch(() => undefined) : undefined;
  const many = inputs.length > 1 || fromFolder;
  const toFolder =
    outputPath !== undefined &&
    (outputInfo?.isDirectory() === true ||
      many ||
      options.output!.endsWith('/') ||
      options.output!.endsWith(sep));
  if (many && outputPath === undefined) {
    throw new UsageError(`${inputs.length} records to import: name a folder to write them to with -o.`);
  }
  if (toFolder && outputInfo && !outputInfo.isDirectory()) {
    throw new UsageError(`-o ${options.output} is a file, but several records need a folder.`);
  }
  if (toFolder) {
    try {
      await mkdir(outputPath, { recursive: true });
    } catch (error) {
      throw new UsageError(
        `Cannot create the folder ${options.output}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  const progress = progressLine(io, inputs.length, 'importing');
  const lines = inputs.length <= RECORD_LINES_UP_TO;
  // With the progress counter on screen, a message first clears its line.
  const clear = io.stderr.isTTY === true && !lines ? '\r\u001b[2K' : '';
  const written = new Map<string, string>();
  const leftOut = new Map<string, number>();
  let worst: number = ExitCode.Ok;
  let imported = 0;
  for (const [index, input] of inputs.entries()) {
    const outcome = await importOne(input, options, io);
    const fail = (code: number, message: string): void => {
      worst = Math.max(worst, code);
      io.stderr.write(`${clear}trialyaml: ${input.label}: ${visibleText(message)}\n`);
    };
    if (!outcome.imported) {
      fail(outcome.code, outcome.message);
      progress.tick(index + 1);
      continue;
    }
    const record = outcome.imported;
    if (record.findings.length) io.stderr.write(`${clear}${findingsWarning(input.label, record)}\n`);
    let shownTarget = 'standard output';
    if (outputPath === undefined) {
      io.stdout.write(record.text);
    } else {
      const target = toFolder ? join(outputPath, fileNameFor(record, input)) : outputPath;
      shownTarget = relative(io.cwd, target) || target;
      const earlier = written.get(target);
      if (earlier !== undefined) {
        fail(
          ExitCode.Failure,
          `${shownTarget} was already written from ${earlier} in this run; not overwritten.`,
        );
        progress.tick(index + 1);
        continue;
      }
      const result = await writeOutputFile(target, record.text, options.force, io.cwd);
      if (!result.ok) {
        fail(ExitCode.Failure, result.message);
        progress.tick(index + 1);
        continue;
      }
      written.set(target, input.label);
    }
    imported++;
    for (const section of record.omittedSections) leftOut.set(section, (leftOut.get(section) ?? 0) + 1);
    if (lines) {
      const left = record.omittedSections.length
        ? ` (not imported: ${record.omittedSections.join(', ')})`
        : '';
      io.stderr.write(`trialyaml: ${input.label} → ${shownTarget}${left}\n`);
    }
    progress.tick(index + 1);
  }
  progress.done();
  if (inputs.length > 1) {
    const sections = [...leftOut].map(([section, count]) => `${section} (${count})`).join(', ');
    const where = toFolder ? ` into ${relative(io.cwd, outputPath) || outputPath}` : '';
    io.stderr.write(
      `trialyaml: imported ${imported} of ${inputs.length} records${where}${imported < inputs.length ? `; ${inputs.length - imported} failed` : ''}.${sections ? ` Not imported (sections outside the protocol): ${sections}.` : ''}\n`,
    );
  }
  return worst;
}
