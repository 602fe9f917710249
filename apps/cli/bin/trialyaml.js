#!/usr/bin/env node
// Thin launcher: everything, including failures to start, ends in an exit code of the CLI contract.
try {
  const { run } = await import('../dist/trialyaml.mjs');
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  process.stderr.write(
    `trialyaml: could not start (${error instanceof Error ? error.message : String(error)}). Was it built?\n`,
  );
  process.exitCode = 2;
}
