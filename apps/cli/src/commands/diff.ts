import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { diffTrials, registryLines, type TrialChange } from '@trialyaml/core';
import { DEFAULT_BASE_URL, DEFAULT_TIMEOUT_MS } from '@trialyaml/ctgov';
import { wantsColor, type CliIO } from '../cli-io.js';
import { formatMarkdown } from '../diff/format-markdown.js';
import { formatText } from '../diff/format-text.js';
import {
  fetchPosted,
  DiffInputError,
  readOtherVersion,
  trialFromText,
  type FetchOptions,
  type OtherVersion,
} from '../diff/other-version.js';
import { reportEntries, type ComparedVersions } from '../diff/report.js';
import { visibleText } from '../diff/visible-text.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import { registryOptions } from '../registry-options.js';
import { readTrialFile } from '../read-trial-file.js';

export const diffHelp = `Usage: trialyaml diff <file> [--against NCT12345678 | study.json | other.trial.yaml | git-rev] [options]
       trialyaml diff --git <file>                 (git textconv: the file in registry terms, one field a line)
       trialyaml diff --git <path> <old-file> <old-hex> <old-mode> <new-file> <new-hex> <new-mode>
                                                   (git external diff: the change list of a file)

Compares a trial file with another version of it, field by field, in the registry's terms: what a coordinator
changes in the registry's forms, labelled and ordered as the forms are. Key order, comments, quoting and layout
are not differences, nor is the order of list items (arms are matched by label, interventions by type and name,
outcomes by measure, sites by facility and city; conditions, keywords and other lists of names are sets), nor
are values the registry assigns (first and last posted dates, lastKnownStatus, ...).

The other version (--against):
  NCT12345678            the registry's posted record, fetched from <base-url>/studies/NCT12345678
  study.json             a saved API v2 study record; a .yaml file is read as another trial file
  git-rev                the file at a git revision (HEAD, main, a1b2c3d, v1.2, HEAD~3, ...)
  (none)                 the registry's posted record of the file's own identificationModule.nctId

Options:
  -f, --format <name>    text (default; colour on a terminal), json or markdown (for a pull-request comment)
      --against <what>   the version to compare with (see above)
      --git              run as git's textconv or external diff driver (see docs/guide/registry-diff.md);
                         exits 0 unless something could not be read
      --base-url <url>   the registry API root (default ${DEFAULT_BASE_URL})
      --timeout <s>      seconds to wait for the registry (default ${DEFAULT_TIMEOUT_MS / 1000})
  -h, --help             show this help

JSON: an array of { "pointer", "change": "added"|"removed"|"changed", "before", "after", "label", "section" }:
the JSON pointer in the file (for removed, in the other version), the values (null on the side without one),
the registry's form label of the field and the form section, in the order of the registry's forms.

Exit codes: 0 no differences; 1 differences; 2 usage error, or the file or the other version could not be read
(unknown NCT number, network failure, bad JSON, unknown git revision, YAML syntax error).
`;

const FORMATS = ['text', 'json', 'markdown'] as const;
type DiffFormat = (typeof FORMATS)[number];

interface DiffOptions {
  positionals: string[];
  format: DiffFormat;
  against: string | undefined;
  git: boolean;
  fetch: FetchOptions;
}

function parseDiffArgs(argv: readonly string[]): DiffOptions | 'help' {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f', default: 'text' },
      against: { type: 'string' },
      git: { type: 'boolean', default: false },
      'base-url': { type: 'string', default: DEFAULT_BASE_URL },
      timeout: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  const format = values.format as DiffFormat;
  if (!FORMATS.includes(format))
    throw new UsageError(`Unknown format "${values.format}". Use one of: ${FORMATS.join(', ')}.`);
  const { baseUrl, timeoutMs } = registryOptions(values);
  if (values.git) {
    if (values.against !== undefined)
      throw new UsageError('--git takes the files git passes, not --against.');
    if (![1, 7, 9].includes(positionals.length))
      throw new UsageError(
        `--git takes one file (textconv) or the seven (or nine) arguments git passes an external diff, not ${positionals.length}.`,
      );
  } else if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length
        ? `Compare one trial file at a time; also given: ${positionals.slice(1).join(' ')}.`
        : 'Name the trial file to compare.',
    );
  }
  return {
    positionals,
    format,
    against: values.against,
    git: values.git,
    fetch: { baseUrl, timeoutMs },
  };
}

/** The trial file's data; unreadable or broken YAML is an error message with line and column. */
function readTrial(path: string, shown: string): unknown {
  let head;
  try {
    head = readTrialFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new DiffInputError(`No such file: ${shown}.`);
    if (code === 'EISDIR') throw new DiffInputError(`${shown} is a folder; compare one trial file.`);
    throw new DiffInputError(`${shown}: cannot be read (${code ?? String(error)}).`);
  }
  if (head.totalBytes > head.bytes.byteLength)
    throw new DiffInputError(`${shown}: the file is too large to read as a trial.`);
  return trialFromText(head.bytes, shown);
}

function nctIdOf(data: unknown): string | undefined {
  const identification = (data as { identificationModule?: { nctId?: unknown } } | undefined)
    ?.identificationModule;
  const id = identification?.nctId;
  return typeof id === 'string' && /^NCT\d{8}$/i.test(id.trim()) ? id.trim() : undefined;
}

function render(changes: TrialChange[], versions: ComparedVersions, format: DiffFormat, io: CliIO): string {
  if (format === 'json') return `${JSON.stringify(reportEntries(changes), null, 2)}\n`;
  if (format === 'markdown') return formatMarkdown(changes, versions);
  return formatText(changes, versions, wantsColor(io));
}

/** git's textconv: the file in registry terms, one field a line (the raw text when it does not read as YAML). */
async function textconv(pathArg: string, io: CliIO): Promise<number> {
  const path = resolve(io.cwd, pathArg);
  let data: unknown;
  try {
    data = readTrial(path, pathArg);
  } catch (error) {
    if (!(error instanceof DiffInputError)) throw error;
    // git would stop the whole diff on a failure: show the text as it is, and say why.
    const raw = await readFile(path).catch(() => undefined);
    if (!raw) throw error;
    io.stderr.write(`trialyaml: ${visibleText(error.message)} Shown as plain text.\n`);
    io.stdout.write(raw.toString('utf8'));
    return ExitCode.Ok;
  }
  const lines = registryLines(data).map(visibleText);
  io.stdout.write(lines.length ? `${lines.join('\n')}\n` : '');
  return ExitCode.Ok;
}

/** git's external diff driver: `path old-file old-hex old-mode new-file new-hex new-mode [new-path xfrm]`. */
function externalDiff(args: string[], io: CliIO): number {
  const [path = '', oldFile = '', , , newFile = '', , , newPath] = args;
  const read = (file: string, label: string): unknown =>
    file === '/dev/null' ? {} : readTrial(resolve(io.cwd, file), label);
  const before = read(oldFile, `a/${path}`);
  const after = read(newFile, `b/${newPath ?? path}`);
  const changes = diffTrials(before, after);
  const versions: ComparedVersions = {
    file: `b/${newPath ?? path}`,
    other: `a/${path}`,
    beforeName: 'a',
    afterName: 'b',
  };
  io.stdout.write(`diff --trialyaml ${visibleText(`a/${path} b/${newPath ?? path}`)}\n`);
  io.stdout.write(
    changes.length
      ? formatText(changes, versions, wantsColor(io))
      : 'No differences in registry terms (only formatting, comments or order changed).\n',
  );
  return ExitCode.Ok;
}

/** `trialyaml diff`: compares a trial file with another version of it; returns the exit code. */
export async function diffCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const options = parseDiffArgs(argv);
  if (options === 'help') {
    io.stdout.write(diffHelp);
    return ExitCode.Ok;
  }
  try {
    if (options.git) {
      return options.positionals.length === 1
        ? await textconv(options.positionals[0]!, io)
        : externalDiff(options.positionals, io);
    }
    const fileArg = options.positionals[0]!;
    const filePath = resolve(io.cwd, fileArg);
    const shown = relative(io.cwd, filePath) || fileArg;
    const after = readTrial(filePath, shown);
    let other: OtherVersion;
    if (options.against !== undefined) {
      other = await readOtherVersion(
        options.against,
        filePath,
        shown,
        (path) => resolve(io.cwd, path),
        options.fetch,
      );
    } else {
      const nctId = nctIdOf(after);
      if (!nctId)
        throw new UsageError(
          `${shown} has no identificationModule.nctId to fetch; name what to compare with: --against NCT12345678, a study .json file or a git revision.`,
        );
      other = await fetchPosted(nctId, options.fetch);
    }
    const changes = diffTrials(other.data, after);
    io.stdout.write(
      render(
        changes,
        { file: shown, other: other.description, beforeName: other.shortName, afterName: 'file' },
        options.format,
        io,
      ),
    );
    return changes.length ? ExitCode.Problems : ExitCode.Ok;
  } catch (error) {
    if (error instanceof DiffInputError) {
      io.stderr.write(`trialyaml: ${visibleText(error.message)}\n`);
      return ExitCode.Failure;
    }
    throw error;
  }
}
