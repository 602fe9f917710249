// The version a trial file is compared with: the registry's posted record (fetched by NCT number), a saved API
// v2 study JSON, another trial file, or the file itself at a git revision. Every failure is a message that
// names what could not be read and why; the command turns it into exit code 2.
import { execFile } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { promisify } from 'node:util';
import { isPlainObject, loadTrial } from '@trialyaml/core';
import { CtgovError, asStudy, fetchStudy, isNctId, parseJson } from '@trialyaml/ctgov';

const execFileAsync = promisify(execFile);

/** A version to compare with: its protocolSection data and how to name it. */
export interface OtherVersion {
  data: unknown;
  /** In a phrase: `the registry's posted record NCT01234567 (last update posted 2024-05-01)`. */
  description: string;
  /** A short name for its values: `posted`, `HEAD~1`, `study.json`. */
  shortName: string;
}

/** The trial file or the version to compare it with could not be read; the message is for people. */
export class DiffInputError extends Error {
  override name = 'DiffInputError';
}

export interface FetchOptions {
  baseUrl: string;
  timeoutMs: number;
}

function lastUpdatePosted(protocol: unknown): string | undefined {
  const status = isPlainObject(protocol) ? protocol.statusModule : undefined;
  const struct = isPlainObject(status) ? status.lastUpdatePostDateStruct : undefined;
  const date = isPlainObject(struct) ? struct.date : undefined;
  return typeof date === 'string' ? date : undefined;
}

/** The registry's posted record. */
export async function fetchPosted(nctId: string, options: FetchOptions): Promise<OtherVersion> {
  const id = nctId.toUpperCase();
  try {
    const { study } = await fetchStudy(id, options);
    const posted = lastUpdatePosted(study.protocolSection);
    return {
      data: study.protocolSection,
      description: `the registry's posted record ${id}${posted ? ` (last update posted ${posted})` : ''}`,
      shortName: 'posted',
    };
  } catch (error) {
    if (error instanceof CtgovError) throw new DiffInputError(`${id}: ${error.message}`);
    throw error;
  }
}

/** A saved API v2 study record (`{ "protocolSection": ... }`). */
function studyFromJson(bytes: Uint8Array, shown: string): OtherVersion {
  try {
    const study = asStudy(parseJson(bytes, 'invalid-json'));
    return {
      data: study.protocolSection,
      description: `the study record in ${shown}`,
      shortName: basename(shown),
    };
  } catch (error) {
    if (error instanceof CtgovError) throw new DiffInputError(`${shown}: ${error.message}`);
    throw error;
  }
}

/** A trial file's data, or a message with the line and column of what stops it from being read. */
export function trialFromText(text: string | Uint8Array, shown: string): unknown {
  const loaded = loadTrial(text, { filename: shown });
  const problem = loaded.problems.find((found) => found.severity === 'error');
  if (!loaded.ok || problem) {
    const where = problem ? `${shown}:${problem.range.line}:${problem.range.column}` : shown;
    throw new DiffInputError(`${where}: ${problem?.message ?? 'the file could not be read.'}`);
  }
  return loaded.data;
}

/** A saved study JSON or another trial file (by its name, else by its first character). */
export async function readSaved(path: string, shown: string): Promise<OtherVersion> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DiffInputError(`${shown}: cannot be read (${code ?? String(error)}).`);
  }
  const looksJson =
    /\.json$/i.test(path) || /^\s*[[{]/.test(Buffer.from(bytes.subarray(0, 64)).toString('utf8'));
  if (looksJson) return studyFromJson(bytes, shown);
  return {
    data: trialFromText(bytes, shown),
    description: `the trial file ${shown}`,
    shortName: basename(shown),
  };
}

/** The trial file as committed at a git revision (`git show <rev>:./<file>`, run in the file's folder). */
export async function readAtRevision(
  filePath: string,
  revision: string,
  shownFile: string,
): Promise<OtherVersion> {
  if (revision.startsWith('-')) throw new DiffInputError(`"${revision}" is not a git revision.`);
  const cwd = dirname(filePath);
  const run = async (args: string[]): Promise<string> => {
    const { stdout } = await execFileAsync('git', args, {
      cwd,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' },
    });
    return stdout;
  };
  const gitMessage = (error: unknown): string =>
    String((error as { stderr?: unknown }).stderr ?? (error instanceof Error ? error.message : error))
      .trim()
      .replace(/^fatal: /, '');
  try {
    await run(['rev-parse', '--git-dir']);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new DiffInputError('git is not installed (or not on the PATH), so a revision cannot be read.');
    throw new DiffInputError(
      `"${revision}" is not a file, an NCT number or a revision: ${shownFile} is not in a git repository.`,
    );
  }
  try {
    await run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`]);
  } catch {
    throw new DiffInputError(`Unknown git revision "${revision}" (nor a file or an NCT number).`);
  }
  let text: string;
  try {
    text = await run(['show', `${revision}:./${basename(filePath)}`]);
  } catch (error) {
    throw new DiffInputError(`${shownFile} is not in revision ${revision}: ${gitMessage(error)}`);
  }
  const data = trialFromText(text, `${shownFile} at ${revision}`);
  return { data, description: `${shownFile} at ${revision}`, shortName: revision };
}

/**
 * Reads what `--against` names: an NCT number (fetched from the registry), an existing file (a saved study
 * JSON or a trial file), else a git revision of the trial file.
 */
export async function readOtherVersion(
  against: string,
  filePath: string,
  shownFile: string,
  resolvePath: (path: string) => string,
  fetchOptions: FetchOptions,
): Promise<OtherVersion> {
  if (isNctId(against)) return fetchPosted(against, fetchOptions);
  const path = resolvePath(against);
  const info = await stat(path).catch(() => undefined);
  if (info?.isFile()) return readSaved(path, against);
  if (info?.isDirectory())
    throw new DiffInputError(`${against} is a folder; name a study .json or trial file.`);
  if (/\.(json|ya?ml)$/i.test(against)) throw new DiffInputError(`No such file: ${against}.`);
  return readAtRevision(filePath, against, shownFile);
}
