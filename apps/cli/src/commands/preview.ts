import { mkdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '@trialyaml/core/node';
import { renderIndex, renderTrial, type IndexEntry, type Problem, type Theme } from '@trialyaml/preview';
import { allRules, lintTrial, presetSettings } from '@trialyaml/validator';
import type { CliIO } from '../cli-io.js';
import { collectFiles } from '../collect-files.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import { progressLine } from '../progress.js';
import { readTrialFile } from '../read-trial-file.js';

export const previewHelp = `Usage: trialyaml preview <file|folder|glob...> -o <out.html | folder> [options]

Renders trial files as self-contained HTML pages that read like the registry's public study page (no scripts,
no external requests). One file and -o FILE writes that page; several files or a folder write one page per
trial into the -o folder, plus an index.html listing them (title, status, phases, dates, sponsor).

Options:
  -o, --output <path>     the page to write, or the folder for several (required)
      --theme <name>      light, dark or auto (follows the reader's system; default)
      --problems          show the linter's findings beside the parts they concern
      --as-of <date>      the day (YYYY-MM-DD) date rules treat as today, with --problems
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
  const files = await collectFiles(positionals, io.cwd);
  const output = resolve(io.cwd, values.output);
  const outputInfo = await stat(output).catch(() => undefined);
  const single =
    files.length === 1 &&
    !outputInfo?.isDirectory() &&
    !positionals.some((p) => /[*?{]/.test(p)) &&
    extname(output) !== '';
  const settings = presetSettings('recommended', allRules);

  const render = (file: string): { html: string; data: unknown; problems: Problem[] } => {
    const head = readTrialFile(file);
    const { result, trial } = lintTrial(head.bytes, {
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
    const problems: Problem[] = values.problems ? result.messages : [];
    return { html: renderTrial(trial.data, { theme, problems }), data: trial.data, problems };
  };

  if (single) {
    const { html } = render(files[0] as string);
    await mkdir(dirname(output), { recursive: true });
    await writeFileAtomic(output, html);
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
    const { html, data, problems } = render(file);
    let name = basename(file).replace(/\.trial\.ya?ml$|\.ya?ml$/i, '');
    while (used.has(name)) name += '-';
    used.add(name);
    await writeFileAtomic(join(output, `${name}.html`), html);
    entries.push({
      href: encodeURI(`${name}.html`),
      trial: data,
      label: relative(io.cwd, file),
      ...(values.problems ? { problems } : {}),
    });
    progress.tick(index + 1);
  }
  progress.done();
  await writeFileAtomic(join(output, 'index.html'), renderIndex(entries, { theme }));
  io.stderr.write(
    `trialyaml: wrote ${files.length} pages and index.html to ${relative(io.cwd, output) || output}\n`,
  );
  return ExitCode.Ok;
}
