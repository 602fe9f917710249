#!/usr/bin/env node
// Thin launcher: everything, including failures to start, ends in an exit code of the CLI contract.
import { createRequire } from 'node:module';

try {
  const { launch } = createRequire(import.meta.url)('../dist/launcher.cjs');
  process.exitCode = await launch(process.argv.slice(2));
} catch (error) {
  process.stderr.write(
    `trialyaml: could not start (${error instanceof Error ? error.message : String(error)}). Was it built?\n`,
  );
  process.exitCode = 2;
}
