import { relative } from 'node:path';
import { ConfigError, allRules, type LoadedConfig } from '@trialyaml/validator';
import {
  formatters,
  isFormatterName,
  visibleText,
  type FormatterName,
} from '@trialyaml/validator/formatters';
import { ConfigFinder, loadConfigFile } from '@trialyaml/validator/node';
import { wantsColor, type CliIO } from '../cli-io.js';
import { collectFiles } from '../collect-files.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import { progressLine } from '../progress.js';
import type { LintArgs } from '../lint-args.js';
import type { LintFileTask } from '../lint-file.js';
import { lintAll } from '../runtime/lint-pool.js';
import { cliVersion } from '../version.js';
import { removeStaleTemporaryFiles } from '../write-user-file.js';

export const lintHelp = `Usage: trialyaml lint [paths|globs...] [options]

Checks trial files (*.trial.yaml, *.trial.yml) with the schema and the registry rules. With no paths, every
trial file under the current folder (node_modules skipped). A file named explicitly is linted whatever its name.

Options:
  -f, --format <name>     stylish (default), json, sarif, junit, github or summary
      --max-warnings <n>  exit with 1 when there are more than n warnings (default: no limit)
      --quiet             report errors only
      --fix               apply safe fixes to the files (comments and layout kept), then report what is left
  -c, --config <file>     use this config for every file instead of the nearest .trialyamlrc.yaml
      --as-of <date>      the day (YYYY-MM-DD) that date rules treat as today (default: today)
      --concurrency <n>   threads to lint on: a number, or auto (default: one per core for large runs)
  -h, --help              show this help

Exit codes: 0 no errors (and warnings within --max-warnings), 1 problems found, 2 usage, config, file (cannot
read or write) or internal error.
`;

interface LintCommandOptions {
  patterns: string[];
  format: FormatterName;
  maxWarnings: number | undefined;
  quiet: boolean;
  fix: boolean;
  config: string | undefined;
  asOf: string | undefined;
  /** Threads to lint on; undefined lets the pool decide. */
  concurrency: number | undefined;
}

function parseDay(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(`${value}T00:00:00Z`) : undefined;
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`--as-of takes a date written YYYY-MM-DD, not "${value}".`);
  }
  return value;
}

/** The command's options from its arguments; a usage error for a value it cannot take. */
function lintOptions({ values, positionals }: LintArgs): LintCommandOptions | 'help' {
  if (values.help) return 'help';
  if (!isFormatterName(values.format)) {
    throw new UsageError(
      `Unknown format "${values.format}". Use one of: ${Object.keys(formatters).join(', ')}.`,
    );
  }
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!/^\d+$/.test(values['max-warnings'])) {
      throw new UsageError(
        `--max-warnings takes a whole number of 0 or more, not "${values['max-warnings']}".`,
      );
    }
  }
  let concurrency: number | undefined;
  if (values.concurrency !== 'auto') {
    concurrency = Number(values.concurrency);
    if (!/^\d+$/.test(values.concurrency) || concurrency < 1) {
      throw new UsageError(
        `--concurrency takes a whole number of 1 or more, or auto, not "${values.concurrency}".`,
      );
    }
  }
  return {
    patterns: positionals,
    format: values.format,
    maxWarnings,
    quiet: values.quiet,
    fix: values.fix,
    config: values.config,
    asOf: values['as-of'] === undefined ? undefined : parseDay(values['as-of']),
    concurrency,
  };
}

/** `trialyaml lint` with its parsed arguments (lint-args.ts): prints findings and returns the exit code. */
export async function lintCommand(args: LintArgs, io: CliIO): Promise<number> {
  const options = lintOptions(args);
  if (options === 'help') {
    io.stdout.write(lintHelp);
    return ExitCode.Ok;
  }
  const knownRules = allRules.map((rule) => rule.meta.id);
  let fixedConfig: LoadedConfig | undefined;
  try {
    if (options.config) fixedConfig = await loadConfigFile(options.config, knownRules);
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(`Invalid configuration: ${error.message}`);
    throw error;
  }
  const finder = new ConfigFinder(knownRules);
  const { files, realFolders, problems } = await collectFiles(options.patterns, io.cwd);
  // What a --fix run killed before its rename left behind (our own temporary files, an hour old or more).
  if (options.fix) await removeStaleTemporaryFiles(realFolders);
  const tasks: LintFileTask[] = [];
  for (const file of files) {
    let config: LoadedConfig | undefined;
    try {
      config = fixedConfig ?? (await finder.forFile(file));
    } catch (error) {
      if (error instanceof ConfigError) throw new UsageError(`Invalid configuration: ${error.message}`);
      throw error;
    }
    tasks.push({
      file,
      config,
      cwd: io.cwd,
      asOf: options.asOf,
      fix: options.fix,
      quiet: options.quiet,
      wantsCodeFrames: options.format === 'stylish',
    });
  }
  const progress = progressLine(io, files.length, options.fix ? 'fixing' : 'linting');
  const linted = await lintAll(tasks, options.concurrency, (count) => progress.tick(count));
  progress.done();
  const reports = linted.filter((file) => !file.unread).map((file) => file.report);
  const excerpts = new Map(linted.map((file) => [file.report.filePath, file.excerpt]));
  const fixedFiles = linted.filter((file) => file.fixed).length;
  const output = formatters[options.format](reports, {
    cwd: io.cwd,
    color: wantsColor(io),
    excerptOf: (path) => excerpts.get(path),
    rules: allRules,
    toolVersion: cliVersion(),
  });
  io.stdout.write(output);
  for (const file of linted) {
    if (file.fixNotApplied === undefined) continue;
    const shown = relative(io.cwd, file.report.filePath) || file.report.filePath;
    // The file name and the reason (which may quote a comment) are user text: shown with visible controls.
    io.stderr.write(
      `trialyaml: ${visibleText(`${shown}: fixes not applied, the file was left unchanged: ${file.fixNotApplied}`)}.\n`,
    );
  }
  if (options.fix && options.format === 'stylish')
    io.stderr.write(`trialyaml: fixed ${fixedFiles} file${fixedFiles === 1 ? '' : 's'}.\n`);
  // Files and folders that could not be read, fixes that could not be written: after the report, exit code 2.
  const fileErrors = [...problems, ...linted.flatMap((file) => (file.fileError ? [file.fileError] : []))];
  for (const message of fileErrors) io.stderr.write(`trialyaml: ${visibleText(message)}.\n`);
  if (fileErrors.length) return ExitCode.Failure;
  const errors = reports.reduce((sum, report) => sum + report.errorCount, 0);
  const warnings = reports.reduce((sum, report) => sum + report.warningCount, 0);
  if (errors > 0) return ExitCode.Problems;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr.write(`trialyaml: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}.\n`);
    return ExitCode.Problems;
  }
  return ExitCode.Ok;
}
