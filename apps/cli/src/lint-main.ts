// The entry of the lint-only bundle (dist/trialyaml-lint.cjs): `trialyaml lint` runs on every commit, so the
// launcher starts it from a bundle without the other commands' code (less to compile on a first run).
import { processIO, type CliIO } from './cli-io.js';
import { lintCommand } from './commands/lint.js';
export { adoptEarlyLintWorker } from './lint-pool.js';
import { runSafely } from './run-safely.js';

/** Runs `trialyaml lint` with `argv` (the command name first, as for the full CLI). */
export function run(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  return runSafely(io, () => lintCommand(argv.slice(1), io));
}
