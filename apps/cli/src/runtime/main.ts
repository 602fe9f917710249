import { processIO, type CliIO } from '../cli-io.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import { parseLintArgs } from '../lint-args.js';
import { runSafely } from '../run-safely.js';
import { cliVersion } from '../version.js';

type Command = (argv: readonly string[], io: CliIO) => Promise<number>;

// Each command is loaded only when it runs: `trialyaml lint` does not pay for the preview's or the registry
// interop's code at start-up.
const commands: Record<string, { load: () => Promise<Command>; summary: string }> = {
  lint: {
    load: async () => {
      const { lintCommand } = await import('../commands/lint.js');
      return (argv, io) => lintCommand(parseLintArgs(argv), io);
    },
    summary: 'check trial files against the schema and the registry rules',
  },
  new: {
    load: async () => (await import('../commands/new.js')).newCommand,
    summary: 'write a new trial draft to fill in',
  },
  import: {
    load: async () => (await import('../commands/import.js')).importCommand,
    summary: 'turn registry records (API JSON, an NCT id) into trial files',
  },
  export: {
    load: async () => (await import('../commands/export.js')).exportCommand,
    summary: 'write a trial as registry API JSON or PRS upload XML',
  },
  preview: {
    load: async () => (await import('../commands/preview.js')).previewCommand,
    summary: 'render trial files as HTML pages like the registry study page',
  },
  deadlines: {
    load: async () => (await import('../commands/deadlines.js')).deadlinesCommand,
    summary: 'list the registry deadlines (FDAAA 801) of trial files: table, JSON or a calendar',
  },
  diff: {
    load: async () => (await import('../commands/diff.js')).diffCommand,
    summary: "compare a trial file with the registry's posted record, a saved record or a git revision",
  },
  rules: {
    load: async () => (await import('../commands/rules.js')).rulesCommand,
    summary: 'list the rules with their severities and docs pages',
  },
};

function help(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const lines = Object.entries(commands).map(([name, { summary }]) => `  ${name.padEnd(width)}  ${summary}`);
  return `Usage: trialyaml <command> [options]\n\nClinical trial registration records as YAML.\n\nCommands:\n${lines.join('\n')}\n\nRun "trialyaml <command> --help" for a command's options. "trialyaml --version" prints the version.\n`;
}

/** Runs the CLI and returns the exit code; never throws. */
export function run(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  return runSafely(io, async () => {
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
    return (await command.load())(rest, io);
  });
}
