import { parseArgs } from 'node:util';
import { allRules, lintTrial, presetSettings, type LintResult } from '@trialyaml/validator';
import { formatters, isFormatterName } from '@trialyaml/validator/formatters';
import { wantsColor, type CliIO } from '../cli-io.js';
import { collectFiles } from '../collect-files.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import { readTrialFile } from '../read-trial-file.js';

export const lintHelp = `Usage: trialyaml lint [paths|globs...] [options]

Checks trial files (*.trial.yaml, *.trial.yml). With no paths, every trial file under the current folder
(node_modules skipped). A file named explicitly is linted whatever its name.

Options:
  -f, --format <name>     stylish (default) or json
      --max-warnings <n>  exit with 1 when there are more than n warnings (default: no limit)
      --quiet             report errors only
  -h, --help              show this help

Exit codes: 0 no errors (and warnings within --max-warnings), 1 problems found, 2 usage or internal error.
`;

interface LintOptions {
  patterns: string[];
  format: keyof typeof formatters;
  maxWarnings: number | undefined;
  quiet: boolean;
}

function parseLintArgs(argv: readonly string[]): LintOptions | 'help' {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f', default: 'stylish' },
      'max-warnings': { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  if (!isFormatterName(values.format)) {
    throw new UsageError(
      `Unknown format "${values.format}". Use one of: ${Object.keys(formatters).join(', ')}.`,
    );
  }
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      throw new UsageError(
        `--max-warnings takes a whole number of 0 or more, not "${values['max-warnings']}".`,
      );
    }
  }
  return { patterns: positionals, format: values.format, maxWarnings, quiet: values.quiet };
}

function onlyErrors(result: LintResult): LintResult {
  const messages = result.messages.filter((message) => message.severity === 'error');
  return { ...result, messages, warningCount: 0, infoCount: 0 };
}

/** `trialyaml lint`: prints findings and returns the exit code. */
export async function lintCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const options = parseLintArgs(argv);
  if (options === 'help') {
    io.stdout.write(lintHelp);
    return ExitCode.Ok;
  }
  const files = await collectFiles(options.patterns, io.cwd);
  const sources = new Map<string, string>();
  const settings = presetSettings('recommended', allRules);
  const results: LintResult[] = [];
  for (const file of files) {
    const head = await readTrialFile(file);
    const { result, trial } = lintTrial(head.bytes, {
      filePath: file,
      totalBytes: head.totalBytes,
      rules: allRules,
      settings,
    });
    sources.set(file, trial.text);
    results.push(options.quiet ? onlyErrors(result) : result);
  }
  const output = formatters[options.format](results, {
    cwd: io.cwd,
    color: wantsColor(io),
    sourceOf: (path) => sources.get(path),
  });
  io.stdout.write(output);
  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  if (errors > 0) return ExitCode.Problems;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr.write(`trialyaml: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}.\n`);
    return ExitCode.Problems;
  }
  return ExitCode.Ok;
}
