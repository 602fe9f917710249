// The arguments of `trialyaml lint`, parsed once: by the launcher, which decides from them whether to start a
// worker thread before the lint code loads (runtime/lint-threads.ts), and handed as they are to the command,
// which checks their values (commands/lint.ts). Nothing here loads the lint code.
import { parseArgs } from 'node:util';

const LINT_OPTIONS = {
  format: { type: 'string', short: 'f', default: 'stylish' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean', default: false },
  fix: { type: 'boolean', default: false },
  config: { type: 'string', short: 'c' },
  'as-of': { type: 'string' },
  concurrency: { type: 'string', default: 'auto' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** The options and paths given to `trialyaml lint`, as written (the command checks the values). */
export interface LintArgs {
  values: {
    format: string;
    'max-warnings'?: string;
    quiet: boolean;
    fix: boolean;
    config?: string;
    'as-of'?: string;
    concurrency: string;
    help: boolean;
  };
  positionals: string[];
}

/** Parses the arguments after `lint`; an option the command does not take is an error (node:util's). */
export function parseLintArgs(argv: readonly string[]): LintArgs {
  return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: LINT_OPTIONS });
}

/** What parsing gave: the arguments, or the error they caused (for the command to report). */
export type LintArgsParse = { args: LintArgs } | { error: unknown };

/** Parses without throwing: the launcher parses, the command reports what was wrong. */
export function tryParseLintArgs(argv: readonly string[]): LintArgsParse {
  try {
    return { args: parseLintArgs(argv) };
  } catch (error) {
    return { error };
  }
}

/** The arguments of a parse, or its error thrown again. */
export function lintArgsOf(parse: LintArgsParse): LintArgs {
  if ('args' in parse) return parse.args;
  throw parse.error;
}
