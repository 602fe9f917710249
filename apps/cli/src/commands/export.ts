import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  exportTrialJson,
  exportTrialPrsXml,
  formatPrsReport,
  isUploadReady,
  parsePrsUploadInfo,
  type PrsUploadInfo,
  type TrialProblem,
} from '@trialyaml/ctgov';
import { visibleText } from '@trialyaml/validator/formatters';
import type { CliIO } from '../cli-io.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import { readTrialFile } from '../read-trial-file.js';
import { readStandardInput, writeOutputFile } from './import.js';

export const exportHelp = `Usage: trialyaml export <file | -> [options]

Writes a trial file as registry data. The file must read cleanly and follow the schema (run trialyaml lint for
the registry's rules).

Formats:
  json      the ClinicalTrials.gov API v2 study JSON, { "protocolSection": ... }, in the registry's order
  prs-xml   the PRS protocol upload XML (ProtocolRecordSchema.xsd): API codes in PRS's words, and a report on
            standard error of upload fields that are missing (PRS-only data such as the review board or
            IND/IDE is never invented), of trial data the upload has no place for, and of translations

Options:
  -o, --output <file>    write here (default: standard output)
  -f, --format <name>    json (default) or prs-xml
      --prs-info <file>  YAML or JSON with the PRS-only upload data: orgName, investigatorUsername,
                         reviewBoard { approvalStatus, approvalNumber, name, ... },
                         indIde { isIndStudy, grantor, number, serialNumber }
      --force            overwrite the output file if it exists (default: refuse)
  -h, --help             show this help

Exit codes: 0 written (for prs-xml: nothing the upload needs is missing); 1 the trial has errors (nothing
written), or for prs-xml the XML was written but upload fields are missing; 2 usage error, unreadable input,
output exists (without --force) or cannot be written, or an internal error.
`;

const FORMATS = ['json', 'prs-xml'] as const;
type Format = (typeof FORMATS)[number];

interface ExportCommandOptions {
  input: string;
  output: string | undefined;
  format: Format;
  prsInfo: string | undefined;
  force: boolean;
}

function parseExportArgs(argv: readonly string[]): ExportCommandOptions | 'help' {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      output: { type: 'string', short: 'o' },
      format: { type: 'string', short: 'f', default: 'json' },
      'prs-info': { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  if (!(FORMATS as readonly string[]).includes(values.format)) {
    throw new UsageError(`Unknown format "${values.format}". Use one of: ${FORMATS.join(', ')}.`);
  }
  const format = values.format as Format;
  if (values['prs-info'] !== undefined && format !== 'prs-xml') {
    throw new UsageError('--prs-info is for --format prs-xml.');
  }
  const [input, ...extra] = positionals;
  if (input === undefined) throw new UsageError('Name the trial file to export (or - for standard input).');
  if (extra.length) throw new UsageError(`Export one trial file at a time; also given: ${extra.join(' ')}.`);
  return { input, output: values.output, format, prsInfo: values['prs-info'], force: values.force };
}

async function readInput(
  options: ExportCommandOptions,
  io: CliIO,
): Promise<{ bytes: Uint8Array; totalBytes: number }> {
  if (options.input === '-') {
    const bytes = await readStandardInput(io);
    return { bytes, totalBytes: bytes.byteLength };
  }
  try {
    return readTrialFile(resolve(io.cwd, options.input));
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT') throw new UsageError(`No such file: ${options.input}`);
    if (code === 'EISDIR') throw new UsageError(`${options.input} is a folder; export one trial file.`);
    throw new UsageError(
      `Cannot read ${options.input}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

async function readUploadInfo(path: string, io: CliIO): Promise<PrsUploadInfo> {
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, path), 'utf8');
  } catch (error) {
    throw new UsageError(
      `Cannot read --prs-info ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const { info, errors } = parsePrsUploadInfo(text);
  if (!info) throw new UsageError(`--prs-info ${path} is not valid upload info:\n  ${errors.join('\n  ')}`);
  return info;
}

function describeProblems(label: string, problems: readonly TrialProblem[]): string {
  return problems
    .map((problem) =>
      visibleText(
        `${label}:${problem.line}:${problem.column}: ${problem.severity}: ${problem.message} (${problem.ruleId})`,
      ),
    )
    .join('\n');
}

/** `trialyaml export`: writes the registry JSON or the PRS upload XML of a trial file; returns the exit code. */
export async function exportCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const options = parseExportArgs(argv);
  if (options === 'help') {
    io.stdout.write(exportHelp);
    return ExitCode.Ok;
  }
  const uploadInfo = options.prsInfo === undefined ? undefined : await readUploadInfo(options.prsInfo, io);
  const { bytes, totalBytes } = await readInput(options, io);
  const label = options.input === '-' ? 'standard input' : options.input;
  const readOptions = { filename: label, totalBytes };
  const result =
    options.format === 'json'
      ? exportTrialJson(bytes, readOptions)
      : exportTrialPrsXml(bytes, { ...readOptions, ...(uploadInfo ? { uploadInfo } : {}) });
  const output = 'json' in result ? result.json : result.xml;
  if (!result.ok || output === undefined) {
    const errors = result.problems.filter((problem) => problem.severity === 'error').length;
    io.stderr.write(
      `${describeProblems(label, result.problems)}\ntrialyaml: ${visibleText(label)} was not exported: ${errors} error${errors === 1 ? '' : 's'} to fix first.\n`,
    );
    return ExitCode.Problems;
  }
  if (result.problems.length) io.stderr.write(`${describeProblems(label, result.problems)}\n`);

  let where = 'standard output';
  if (options.output === undefined) io.stdout.write(output);
  else {
    const target = resolve(io.cwd, options.output);
    const written = await writeOutputFile(target, output, options.force, io.cwd);
    if (!written.ok) {
      io.stderr.write(`trialyaml: ${visibleText(written.message)}\n`);
      return ExitCode.Failure;
    }
    where = relative(io.cwd, target) || target;
  }
  if (!('report' in result) || result.report === undefined) return ExitCode.Ok;
  const ready = isUploadReady(result.report);
  const lines = formatPrsReport(result.report);
  io.stderr.write(
    `trialyaml: wrote the PRS upload XML of ${label} to ${where}; ${ready ? 'nothing the upload needs is missing.' : 'it is not ready to upload:'}\n${lines.length ? `${lines.join('\n')}\n` : ''}`,
  );
  return ready ? ExitCode.Ok : ExitCode.Problems;
}
