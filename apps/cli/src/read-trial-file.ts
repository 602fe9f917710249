import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { DEFAULT_MAX_BYTES } from '@trialyaml/core';

/** A file's first bytes (no more than the loader accepts plus one) and its full size. */
export interface FileHead {
  bytes: Uint8Array;
  totalBytes: number;
  /** Whether it is a regular file (one `--fix` can rewrite), not a pipe or a device such as /dev/stdin. */
  regular: boolean;
}

/** Bytes read at a time from a pipe or device, whose size is not known beforehand. */
const STREAM_CHUNK = 64 * 1024;
/** Names of standard input: when it is a socket (as a parent process's pipe often is) they cannot be opened. */
const STANDARD_INPUT = new Set(['/dev/stdin', '/dev/fd/0', '/proc/self/fd/0']);

/** Opens `path` to read; standard input that cannot be opened anew is read from the process's own descriptor. */
function openToRead(path: string): { handle: number; own: boolean } {
  try {
    return { handle: openSync(path, 'r'), own: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENXIO' && STANDARD_INPUT.has(path))
      return { handle: 0, own: false };
    throw error;
  }
}

/** Waits a little without returning to the event loop (a stream read synchronously that has nothing yet). */
function pause(milliseconds: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, milliseconds);
}

/**
 * Reads a trial file without ever loading more than `maxBytes + 1` bytes of it into memory. Synchronous: a
 * lint run reads thousands of small files one after another, and four asynchronous round trips per file (open,
 * stat, read, close) left the thread idle a quarter of the time. A pipe or device (`/dev/stdin`, a shell's
 * `<(…)`) has no size: it is read until it ends, or until it holds more than `maxBytes` (then reported too big).
 */
export function readTrialFile(path: string, maxBytes = DEFAULT_MAX_BYTES): FileHead {
  const { handle, own } = openToRead(path);
  try {
    const info = fstatSync(handle);
    if (!info.isFile()) return readStream(handle, maxBytes);
    const { size } = info;
    const length = Math.min(size, maxBytes + 1);
    const bytes = new Uint8Array(length);
    let offset = 0;
    while (offset < length) {
      const bytesRead = readSync(handle, bytes, offset, length - offset, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    return { bytes: bytes.subarray(0, offset), totalBytes: size, regular: true };
  } finally {
    if (own) closeSync(handle);
  }
}

/** Reads a pipe or device to its end, keeping at most `maxBytes + 1` bytes (more means too big). */
function readStream(handle: number, maxBytes: number): FileHead {
  const chunks: Uint8Array[] = [];
  let kept = 0;
  for (;;) {
    const chunk = new Uint8Array(Math.min(STREAM_CHUNK, maxBytes + 1 - kept));
    // Position null: read where the stream is (a pipe has no positions).
    let bytesRead: number;
    try {
      bytesRead = readSync(handle, chunk, 0, chunk.length, null);
    } catch (error) {
      // A descriptor in non-blocking mode (the process's standard input) with no data yet: wait for it.
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      pause(5);
      continue;
    }
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    kept += bytesRead;
    // Past the limit: the size is known to be too big, the rest is not read.
    if (kept > maxBytes) break;
  }
  const bytes = new Uint8Array(kept);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { bytes, totalBytes: kept, regular: false };
}
