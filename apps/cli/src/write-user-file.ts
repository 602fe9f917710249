// Writing a user's file (`lint --fix`, `import -o`, `new`, `preview -o`) so that nothing is lost or half-written:
// through a symbolic link to its target, with the file's mode and owner, flushed to disk, atomically (a temporary
// file in the target's folder, renamed over it). What cannot be written that way is refused with a reason.
import { createHash, randomBytes } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { access, lstat, open, readdir, readlink, rename, rm, type FileHandle } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

/** A file that was not written, and why ("permission denied"); the file is as it was. */
export class FileWriteError extends Error {
  override name = 'FileWriteError';
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`cannot write ${path}: ${reason}`);
  }
}

/** Links followed to reach the file written, as the kernel allows (a loop ends there). */
const MAX_LINKS = 40;

/** The reason an error code gives, in words. */
export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'ENOENT':
      return 'no such file or folder';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'EISDIR':
      return 'it is a folder';
    case 'ELOOP':
      return 'too many symbolic links (a link loop?)';
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}

/**
 * The file a write to `path` must change: `path` itself, or the end of the chain of symbolic links it starts
 * (which need not exist yet: `import -o` onto a dangling link creates the link's target).
 */
async function linkTarget(path: string): Promise<string> {
  let current = resolve(path);
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    let info: Stats;
    try {
      info = await lstat(current);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return current;
      throw error;
    }
    if (!info.isSymbolicLink()) return current;
    current = resolve(dirname(current), await readlink(current));
  }
  throw Object.assign(new Error('too many symbolic links'), { code: 'ELOOP' });
}

/** This machine, in 8 hex digits: a process id in a temporary file's name means something only here. */
const HOST = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);

/**
 * The name of the temporary file beside `target`, `.<name>.trialyaml-<host>-<pid>-<12 hex>.tmp`: the writer's
 * machine and process id let the next run remove what a killed run left at once (see `removeStaleTemporaryFiles`).
 */
function temporaryName(target: string): string {
  return `.${basename(target)}.trialyaml-${HOST}-${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
}

/**
 * Temporary files this tool writes: `.<name>.trialyaml-<8 hex>-<pid>-<12 hex>.tmp`, and those of earlier versions,
 * `.<name>.trialyaml-<12 hex>.tmp` and, beside a trial file, `.<name>.trial.yaml.<12 hex>.tmp`.
 */
const OWN_TEMPORARY =
  /^\..+(?:\.trialyaml-(?:([0-9a-f]{8})-([1-9][0-9]{0,9})-)?[0-9a-f]{12}|\.trial\.ya?ml\.[0-9a-f]{12})\.tmp$/;

export function isOwnTemporaryFile(name: string): boolean {
  return OWN_TEMPORARY.test(name);
}

/** Whether a process with this id runs on this machine (one of another user counts: it cannot be signalled). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/** Whether our temporary file `name` was left by a process of this machine that no longer runs (was killed). */
function writerIsGone(name: string): boolean {
  const [, host, pid] = OWN_TEMPORARY.exec(name) ?? [];
  return host === HOST && pid !== undefined && !isRunning(Number(pid));
}

/** Whether `file` may be written: the system says so, and it is not marked read-only for everyone (root). */
async function writable(file: string, info: Stats): Promise<boolean> {
  if ((info.mode & 0o222) === 0) return false;
  try {
    await access(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Gives the new file the old one's owner: all of it as root, else the group when the user is in it. */
async function keepOwner(handle: FileHandle, old: Stats): Promise<void> {
  const uid = process.getuid?.();
  const gid = process.getgid?.();
  if (uid === undefined || (old.uid === uid && old.gid === gid)) return;
  try {
    await handle.chown(old.uid, old.gid);
  } catch {
    // Not root: the file becomes the user's, as any editor's save makes it; its group is kept if allowed.
    await handle.chown(uid, old.gid).catch(() => undefined);
  }
}

/** Flushes a folder's entries (the rename) to disk; some systems cannot, which is not worth failing over. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close().catch(() => undefined);
}

/**
 * Writes `content` to the file at `path`, so readers see the old or the new content, never part of it. A symbolic
 * link is followed and its target written (the link stays). The file keeps its mode and, as root, its owner. A
 * read-only file, a folder that cannot be written and a file with other hard links (replacing it would split
 * them) are not written: FileWriteError says why, `shownPath` naming the file.
 */
export async function writeUserFile(
  path: string,
  content: string | Uint8Array,
  shownPath: string = path,
): Promise<void> {
  const fail = (reason: string): never => {
    throw new FileWriteError(shownPath, reason);
  };
  let target: string;
  let existing: Stats | undefined;
  try {
    target = await linkTarget(path);
    existing = await lstat(target).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
  } catch (error) {
    return fail(reasonOf(error));
  }
  if (existing) {
    if (existing.isDirectory()) fail('it is a folder');
    if (!existing.isFile()) fail('not a regular file');
    if (existing.nlink > 1)
      fail(
        `it has ${existing.nlink} hard links, and writing it by replacement would split them (not written; ` +
          'edit it by hand or remove the other links)',
      );
    if (!(await writable(target, existing))) fail('permission denied');
  }
  const folder = dirname(target);
  const temporary = join(folder, temporaryName(target));
  let handle: FileHandle;
  try {
    // "wx": a new file of our own, never one someone placed (or linked) there.
    handle = await open(temporary, 'wx', existing ? 0o600 : 0o666);
  } catch (error) {
    return fail(reasonOf(error));
  }
  try {
    try {
      await handle.writeFile(content);
      if (existing) {
        // Owner before mode: a change of owner clears the set-id bits.
        await keepOwner(handle, existing);
        // chmod, unlike open, is not narrowed by the umask: 0664 stays 0664.
        await handle.chmod(existing.mode & 0o7777);
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    return fail(reasonOf(error));
  }
  await syncFolder(folder);
}

/** Temporary files older than this are left over from a run that was killed (a write takes milliseconds). */
export const STALE_TEMPORARY_MS = 60 * 60 * 1000;

/**
 * Removes this tool's temporary files (see `isOwnTemporaryFile`) that a run killed between writing and renaming
 * left in the given folders: those whose writing process, on this machine, no longer runs, and any older than an
 * hour (earlier versions' names, another machine's). Other files, and another live run's, stay. Best effort: a
 * folder that cannot be read or written is reported elsewhere, when it matters.
 */
export async function removeStaleTemporaryFiles(
  folders: Iterable<string>,
  now: number = Date.now(),
): Promise<number> {
  let removed = 0;
  for (const folder of new Set(folders)) {
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names) {
      if (!isOwnTemporaryFile(name)) continue;
      const file = join(folder, name);
      const info = await lstat(file).catch(() => undefined);
      if (!info?.isFile() || (now - info.mtimeMs < STALE_TEMPORARY_MS && !writerIsGone(name))) continue;
      await rm(file, { force: true }).then(
        () => removed++,
        () => undefined,
      );
    }
  }
  return removed;
}
