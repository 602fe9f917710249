import { access } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { newTrialDraft, orgStudyIdProblem } from '@trialyaml/core';
import type { CliIO } from '../cli-io.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import { FileWriteError, removeStaleTemporaryFiles, writeUserFile } from '../write-user-file.js';

export const newHelp = `Usage: trialyaml new [-o FILE] [options]

Writes a new trial draft: every module the registry requires, common codes filled in, free text as "TBD" so
that \`trialyaml lint\` points at each thing still to write. Without -o the draft goes to standard output.

Options:
  -o, --output <file>   where to write the draft (e.g. MY-PROTOCOL-1.trial.yaml)
      --org-study-id <id>
                        the Organization's Unique Protocol ID, written into the draft (default: TBD)
      --force           overwrite an existing file
      --as-of <date>    the day (YYYY-MM-DD) the example dates start from (default: today)
  -h, --help            show this help
`;

/** `trialyaml new`: scaffolds a draft trial file. */
export async function newCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean', default: false },
      'as-of': { type: 'string' },
      'org-study-id': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(newHelp);
    return ExitCode.Ok;
  }
  if (positionals.length)
    throw new UsageError(`trialyaml new takes no file names; use -o ${positionals[0]}.`);
  const today = values['as-of'] ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today))
    throw new UsageError(`--as-of takes a date written YYYY-MM-DD, not "${today}".`);
  const orgStudyId = values['org-study-id']?.trim();
  const problem = orgStudyId ? orgStudyIdProblem(orgStudyId) : undefined;
  if (problem) throw new UsageError(`--org-study-id: ${problem}`);
  const draft = newTrialDraft({ today, ...(orgStudyId ? { orgStudyId } : {}) });
  if (!values.output) {
    io.stdout.write(draft);
    return ExitCode.Ok;
  }
  const target = resolve(io.cwd, values.output);
  const exists = await access(target).then(
    () => true,
    () => false,
  );
  if (exists && !values.force) throw new UsageError(`${values.output} exists; use --force to overwrite it.`);
  await mkdir(dirname(target), { recursive: true });
  await removeStaleTemporaryFiles([dirname(target)]);
  try {
    await writeUserFile(target, draft, values.output);
  } catch (error) {
    if (error instanceof FileWriteError) throw new UsageError(`${error.message}.`);
    throw error;
  }
  io.stderr.write(
    `trialyaml: wrote ${relative(io.cwd, target)}; replace every TBD, then run trialyaml lint.\n`,
  );
  return ExitCode.Ok;
}
