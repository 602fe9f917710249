// The options of `trialyaml lint`, for node:util's parseArgs: read by the command, and by the launcher to see
// early whether a run will want worker threads (src/lint-threads.ts).

export const LINT_OPTIONS = {
  format: { type: 'string', short: 'f', default: 'stylish' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean', default: false },
  fix: { type: 'boolean', default: false },
  config: { type: 'string', short: 'c' },
  'as-of': { type: 'string' },
  concurrency: { type: 'string', default: 'auto' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;
