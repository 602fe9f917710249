/** The process around a command, passed in so tests and other hosts can run commands in-process. */
export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** Standard input, for commands that read `-`. */
  stdin?: AsyncIterable<Uint8Array | string>;
}

let pipesGuarded = false;

/**
 * A reader that stops early (`trialyaml lint | head`) closes the pipe: the rest of the output is dropped and the
 * command ends with its own exit code, instead of a crash on the failed write. Other write errors end the run
 * with exit code 2.
 */
function guardClosedPipes(): void {
  if (pipesGuarded) return;
  pipesGuarded = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
      // Output that cannot be written (a full disk...) is a failure of the run, exit code 2.
      if (stream === process.stdout)
        process.stderr.write(`trialyaml: cannot write the output (${error.code ?? error.message}).\n`);
      process.exit(2);
    });
  }
}

export function processIO(): CliIO {
  guardClosedPipes();
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
