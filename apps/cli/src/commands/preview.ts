import { mkdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { computeDeadlines, isDay, type TrialDeadlines } from '@trialyaml/core';
import { readTrialHistories } from '@trialyaml/core/node';
import {
  renderIndex,
  renderTrial,
  type IndexEntry,
  type IndexSortKey,
  type Problem,
  type Theme,
} from '@trialyaml/preview';
import { allRules, lintTrial, presetSettings, today } from '@trialyaml/validator';
import type { CliIO } from '../cli-io.js';
import { collectFiles } from '../collect-files.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import { progressLine } from '../progress.js';
import { readTrialFile } from '../read-trial-file.js';
import { FileWriteError, writeUserFile } from '../write-user-file.js';

export const previewHelp = `Usage: trialyaml preview <file|folder|glob...> -o <out.html | folder> [options]

Renders trial files as self-contained HTML pages that read like the registry's public study page (no scripts,
no external requests). One file and -o FILE writes that page; several files or a folder write one page per
trial into the -o folder, plus an index.html listing them (title, status, phases, dates, sponsor, and the
registry deadlines under FDAAA 801, with index-by-<deadline>.html sorted by each deadline column).

Options:
  -o, --output <path>     the page to write, or the folder for several (required)
      --theme <name>      light, dark or auto (follows the reader's system; default)
      --problems          show the linter's findings beside the parts they concern
      --as-of <date>      the day (YYYY-MM-DD) the deadlines and date rules treat as today (default: today)
  -h, --help              show this help
`;

const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

/** `trialyaml preview`: writes HTML pages and returns the exit code. */
export async function previewCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      output: { type: 'string', short: 'o' },
      theme: { type: 'string', default: 'auto' },
      problems: { type: 'boolean', default: false },
      'as-of': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(previewHelp);
    return ExitCode.Ok;
  }
  if (!positionals.length) throw new UsageError('Name the trial file(s) to preview.');
  if (!values.output)
    throw new UsageError(
      'Say where to write the page with -o <out.html> (or -o <folder> for several files).',
    );
  const theme = values.theme as Theme;
  if (!THEMES.includes(theme))
    throw new UsageError(`Unknown theme "${values.theme}". Use light, dark or auto.`);
  const collected = await collectFiles(positionals, io.cwd);
  if (collected.problems.length) throw new UsageError(`${collected.problems.join('; ')}.`);
  const files = collected.files;
  /** Writes a page atomically; one that cannot be written ends the run (exit code 2) naming it. */
  const writePage = async (path: string, html: string): Promise<void> => {
    try {
      await writeUserFile(path, html, relative(io.cwd, path) || path);
    } catch (error) {
      if (error instanceof FileWriteError) throw new UsageError(`${error.message}.`);
      throw error;
    }
  };
  const output = resolve(io.cwd, values.output);
  const outputInfo = await stat(output).catch(() => undefined);
  const single =
    files.length === 1 &&
    !outputInfo?.isDirectory() &&
    !positionals.some((p) => /[*?{]/.test(p)) &&
    extname(output) !== '';
  const settings = presetSettings('recommended', allRules);
  const asOf = values['as-of'] ?? today();
  if (!isDay(asOf))
    throw new UsageError(`--as-of takes a date written YYYY-MM-DD, not "${values['as-of']}".`);
  // The deadlines panel and columns date status changes by the files' git history, as `trialyaml deadlines`.
  const histories = await readTrialHistories(files.map((path) => ({ path })));

  const render = (
    file: string,
  ): { html: string; data: unknown; problems: Problem[]; deadlines: TrialDeadlines } => {
    const head = readTrialFile(file);
    const { report, trial } = lintTrial(head.bytes, {
      filePath: file,
      totalBytes: head.totalBytes,
      rules: values.problems ? allRules : [],
      settings,
      ...(values['as-of'] ? { asOf: values['as-of'] } : {}),
    });
    if (!trial.ok)
      io.stderr.write(
        `trialyaml: ${relative(io.cwd, file)} has YAML problems; the page shows what could be read.\n`,
      );
    const problems: Problem[] = values.problems ? report.findings : [];
    const history = histories.get(file);
    const deadlines = computeDeadlines(trial.data, history ? { asOf, history } : { asOf });
    return {
      html: renderTrial(trial.data, { theme, problems, deadlines }),
      data: trial.data,
      problems,
      deadlines,
    };
  };

  if (single) {
    const { html } = render(files[0] as string);
    await mkdir(dirname(output), { recursive: true });
    await writePage(output, html);
    io.stderr.write(`trialyaml: wrote ${relative(io.cwd, output) || output}\n`);
    return ExitCode.Ok;
  }
  if (outputInfo && !outputInfo.isDirectory())
    throw new UsageError(`-o ${values.output} is a file; give a folder for several trials.`);
  await mkdir(output, { recursive: true });
  const progress = progressLine(io, files.length, 'rendering');
  const entries: IndexEntry[] = [];
  const used = new Set<string>();
  for (const [index, file] of files.entries()) {
    const { html, data, problems, deadlines } = render(file);
    let name = basename(file).replace(/\.trial\.ya?ml$|\.ya?ml$/i, '');
    while (used.has(name)) name += '-';
    used.add(name);
    await writePage(join(output, `${name}.html`), html);
    entries.push({
      href: encodeURI(`${name}.html`),
      trial: data,
      label: relative(io.cwd, file),
      deadlines,
      ...(values.problems ? { problems } : {}),
    });
    progress.tick(index + 1);
  }
  progress.done();
  // The pages have no scripts: each sort order of the index is a page of its own, linked from the headings.
  const sortHref = (key: IndexSortKey | undefined): string => (key ? `index-by-${key}.html` : 'index.html');
  const sortKeys: Array<IndexSortKey | undefined> = [
    undefined,
    'registration',
    'results',
    'verification',
    'status-update',
  ];
  for (const sortBy of sortKeys)
    await writePage(
      join(output, sortHref(sortBy)),
      renderIndex(entries, { theme, asOf, sortHref, ...(sortBy ? { sortBy } : {}) }),
    );
  io.stderr.write(
    `trialyaml: wrote ${files.length} pages and index.html (sortable by deadline) to ${relative(io.cwd, output) || output}\n`,
  );
  return ExitCode.Ok;
}
