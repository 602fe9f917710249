/** The process around a command, passed in so tests and other hosts can run commands in-process. */
export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** Standard input, for commands that read `-`. */
  stdin?: AsyncIterable<Uint8Array | string>;
}

export function processIO(): CliIO {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
  };
}

/** Colour when writing to a terminal, unless NO_COLOR is set; FORCE_COLOR forces it. */
export function wantsColor(io: CliIO): boolean {
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  if (io.env.NO_COLOR) return false;
  return io.stdout.isTTY === true && io.env.TERM !== 'dumb';
}
