/** Process exit codes: the contract CI scripts rely on. */
export const ExitCode = {
  /** Nothing to report (no errors, warnings within --max-warnings). */
  Ok: 0,
  /** The files have problems. */
  Problems: 1,
  /** Bad usage, bad configuration or an internal error; a message is on stderr. */
  Failure: 2,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** A mistake in how the command was called or configured: reported on stderr, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
