import { processIO, type CliIO } from './cli-io.js';
import { exportCommand } from './commands/export.js';
import { importCommand } from './commands/import.js';
import { lintCommand } from './commands/lint.js';
import { newCommand } from './commands/new.js';
import { previewCommand } from './commands/preview.js';
import { rulesCommand } from './commands/rules.js';
import { ExitCode, UsageError } from './exit-codes.js';
import { cliVersion } from './version.js';

type Command = (argv: readonly string[], io: CliIO) => Promise<number>;

const commands: Record<string, { run: Command; summary: string }> = {
  lint: { run: lintCommand, summary: 'check trial files against the schema and the registry rules' },
  new: { run: newCommand, summary: 'write a new trial draft to fill in' },
  import: { run: importCommand, summary: 'turn registry records (API JSON, an NCT id) into trial files' },
  export: { run: exportCommand, summary: 'write a trial as registry API JSON or PRS upload XML' },
  preview: { run: previewCommand, summary: 'render trial files as HTML pages like the registry study page' },
  rules: { run: rulesCommand, summary: 'list the rules with their severities and docs pages' },
};

function help(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const lines = Object.entries(commands).map(([name, { summary }]) => `  ${name.padEnd(width)}  ${summary}`);
  return `Usage: trialyaml <command> [options]\n\nClinical trial registration records as YAML.\n\nCommands:\n${lines.join('\n')}\n\nRun "trialyaml <command> --help" for a command's options. "trialyaml --version" prints the version.\n`;
}

/** Runs the CLI and returns the exit code; never throws. */
export async function run(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      io.stdout.write(help());
      return name === undefined ? ExitCode.Failure : ExitCode.Ok;
    }
    if (name === '--version' || name === '-v') {
      io.stdout.write(`${cliVersion()}\n`);
      return ExitCode.Ok;
    }
    const command = commands[name];
    if (!command)
      throw new UsageError(`Unknown command "${name}". Commands: ${Object.keys(commands).join(', ')}.`);
    return await command.run(rest, io);
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      io.stderr.write(`trialyaml: ${error.message}\n`);
      return ExitCode.Failure;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(
      `trialyaml: internal error, please report it with the input that caused it.\n${detail}\n`,
    );
    return ExitCode.Failure;
  }
}
