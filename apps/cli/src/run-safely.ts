import { visibleLines } from '@trialyaml/validator/formatters';
import type { CliIO } from './cli-io.js';
import { ExitCode, UsageError } from './exit-codes.js';

/**
 * Runs a command and turns whatever it throws into the CLI contract: a usage error is one line on stderr, anything
 * else an internal error with its stack; both exit 2.
 */
export async function runSafely(io: CliIO, command: () => Promise<number>): Promise<number> {
  try {
    return await command();
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      // Messages quote paths and values as given: their control characters shown, never sent to the terminal.
      io.stderr.write(`trialyaml: ${visibleLines(error.message)}\n`);
      return ExitCode.Failure;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(
      `trialyaml: internal error, please report it with the input that caused it.\n${detail}\n`,
    );
    return ExitCode.Failure;
  }
}
