// The entry of the lint-only bundle (dist/trialyaml-lint.cjs): `trialyaml lint` runs on every commit, so the
// launcher starts it from a bundle without the other commands' code (less to compile on a first run).
import { processIO, type CliIO } from '../cli-io.js';
import { lintCommand } from '../commands/lint.js';
import { lintArgsOf, tryParseLintArgs, type LintArgsParse } from '../lint-args.js';
import { runSafely } from '../run-safely.js';
import { adoptEarlyLintWorker } from './lint-pool.js';
import type { EarlyLintWorker } from './lint-threads.js';

/**
 * Runs `trialyaml lint` with the launcher's parse of its arguments and the worker thread the launcher started
 * for it, if any (the pool takes it, or stops it).
 */
export function runLint(
  parse: LintArgsParse,
  early: EarlyLintWorker | undefined,
  io: CliIO = processIO(),
): Promise<number> {
  if (early) adoptEarlyLintWorker(early);
  return runSafely(io, () => lintCommand(lintArgsOf(parse), io));
}

/** Runs `trialyaml lint` with `argv` (the command name first, as for the full CLI). */
export function run(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  return runLint(tryParseLintArgs(argv.slice(1)), undefined, io);
}
