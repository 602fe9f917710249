import { open } from 'node:fs/promises';
import { DEFAULT_MAX_BYTES } from '@trialyaml/core';

/** A file's first bytes (no more than the loader accepts plus one) and its full size. */
export interface FileHead {
  bytes: Uint8Array;
  totalBytes: number;
}

/** Reads a trial file without ever loading more than `maxBytes + 1` bytes of it into memory. */
export async function readTrialFile(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<FileHead> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, maxBytes + 1);
    const bytes = new Uint8Array(length);
    let offset = 0;
    while (offset < length) {
      const { bytesRead } = await handle.read(bytes, offset, length - offset, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    return { bytes: bytes.subarray(0, offset), totalBytes: size };
  } finally {
    await handle.close();
  }
}
