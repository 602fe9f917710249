import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { computeDeadlines, isDay, loadTrial, type LoadedTrial, type TrialHistory } from '@trialyaml/core';
import { readTrialHistories } from '@trialyaml/core/node';
import { today } from '@trialyaml/validator';
import { visibleText } from '@trialyaml/validator/formatters';
import { wantsColor, type CliIO } from '../cli-io.js';
import { collectFiles } from '../collect-files.js';
import { formatIcs } from '../deadlines/format-ics.js';
import { formatTable } from '../deadlines/format-table.js';
import type { DeadlineReportEntry, ReportedTrial } from '../deadlines/report.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import { progressLine } from '../progress.js';
import { readTrialFile } from '../read-trial-file.js';

export const deadlinesHelp = `Usage: trialyaml deadlines [paths|globs...] [options]

Lists the registry deadlines of trial files under FDAAA 801 / 42 CFR Part 11: whether each trial is a probable
applicable clinical trial (ACT, pACT, not covered, unknown) as FDAAA TrialsTracker reads registry records, and
when registration, results, the yearly verification and 30-day status updates are due. In a git repository, a
status change is dated by the commit that made it. With no paths, every trial file under the current folder.
A probable-ACT reading of registry fields, not legal advice.

Options:
  -f, --format <name>  table (default: overdue first, then by due day), json or ics (an iCalendar file with one
                       event per upcoming deadline; importing it again updates the events)
      --as-of <date>   the day (YYYY-MM-DD) the states are computed for (default: today)
  -h, --help           show this help

Exit codes: 0 the report is complete, 1 a file could not be read (its deadlines are left out), 2 usage error.
`;

const FORMATS = ['table', 'json', 'ics'] as const;
type DeadlinesFormat = (typeof FORMATS)[number];

function textAt(data: unknown, ...path: string[]): string | undefined {
  let current = data;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === 'string' && current.trim() !== '' ? current.trim() : undefined;
}

type FileOutcome = { file: string; loaded: LoadedTrial } | { problem: string };

/** Reads one file; a file that cannot be read or parsed is a message with its line and column, never a crash. */
function readOne(file: string, cwd: string): FileOutcome {
  const shown = relative(cwd, file) || file;
  let loaded: LoadedTrial;
  try {
    const head = readTrialFile(file);
    loaded = loadTrial(head.bytes, { filename: file, totalBytes: head.totalBytes });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      problem: `${shown}: cannot be read (${code ?? (error instanceof Error ? error.message : String(error))}).`,
    };
  }
  if (!loaded.ok) {
    const first = loaded.problems.find((problem) => problem.severity === 'error') ?? loaded.problems[0];
    const where = first ? `${shown}:${first.range.line}:${first.range.column}` : shown;
    return {
      problem: `${where}: ${first?.message ?? 'The file could not be read.'} Its deadlines are not listed.`,
    };
  }
  return { file, loaded };
}

/** A read file's report entry: core's computation, with the file's git history when there is one. */
function reported(
  file: string,
  loaded: LoadedTrial,
  asOf: string,
  history: TrialHistory | undefined,
  cwd: string,
): ReportedTrial {
  const result = computeDeadlines(loaded.data, history ? { asOf, history } : { asOf });
  return {
    filePath: file,
    nctId: textAt(loaded.data, 'identificationModule', 'nctId') ?? null,
    applicability: result.applicability,
    reasons: result.reasons,
    deadlines: result.deadlines,
    relativePath: relative(cwd, file) || file,
    orgStudyId: textAt(loaded.data, 'identificationModule', 'orgStudyIdInfo', 'id'),
    briefTitle: textAt(loaded.data, 'identificationModule', 'briefTitle'),
  };
}

/** `trialyaml deadlines`: prints the deadlines of the trial files and returns the exit code. */
export async function deadlinesCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f', default: 'table' },
      'as-of': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(deadlinesHelp);
    return ExitCode.Ok;
  }
  const format = values.format as DeadlinesFormat;
  if (!FORMATS.includes(format))
    throw new UsageError(`Unknown format "${values.format}". Use one of: ${FORMATS.join(', ')}.`);
  const asOf: string = values['as-of'] ?? today();
  if (!isDay(asOf))
    throw new UsageError(`--as-of takes a date written YYYY-MM-DD, not "${values['as-of']}".`);

  const { files, problems } = await collectFiles(positionals, io.cwd);
  const progress = progressLine(io, files.length, 'reading');
  const outcomes = files.map((file, index) => {
    const outcome = readOne(file, io.cwd);
    progress.tick(index + 1);
    return outcome;
  });
  progress.done();
  const read = outcomes.filter(
    (outcome): outcome is { file: string; loaded: LoadedTrial } => 'file' in outcome,
  );
  // Status changes are dated by the commits that made them: each repository is asked once, files a few at a time.
  const histories = await readTrialHistories(
    read.map(({ file, loaded }) => ({ path: file, text: loaded.text })),
  );
  const trials = read.map(({ file, loaded }) => reported(file, loaded, asOf, histories.get(file), io.cwd));
  let unreadable = 0;
  for (const outcome of outcomes) {
    if ('problem' in outcome) {
      unreadable++;
      io.stderr.write(`trialyaml: ${visibleText(outcome.problem)}\n`);
    }
  }

  if (format === 'json') {
    const entries: DeadlineReportEntry[] = trials.map(
      ({ filePath, nctId, applicability, reasons, deadlines }) => ({
        filePath,
        nctId,
        applicability,
        reasons,
        deadlines,
      }),
    );
    io.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
  } else if (format === 'ics') {
    io.stdout.write(formatIcs(trials, asOf));
  } else {
    io.stdout.write(formatTable(trials, asOf, wantsColor(io)));
  }
  // Folders or paths that could not be searched: the list is incomplete, a failure of the run.
  for (const problem of problems) io.stderr.write(`trialyaml: ${visibleText(problem)}.\n`);
  if (problems.length) return ExitCode.Failure;
  return unreadable ? ExitCode.Problems : ExitCode.Ok;
}
