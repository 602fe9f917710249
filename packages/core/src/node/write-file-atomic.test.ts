import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from './write-file-atomic.js';

describe('writeFileAtomic', () => {
  it('replaces the content, keeps the mode and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trialyaml-atomic-'));
    const file = join(dir, 'a.trial.yaml');
    writeFileSync(file, 'old\n');
    chmodSync(file, 0o640);
    await writeFileAtomic(file, 'new\n');
    expect(readFileSync(file, 'utf8')).toBe('new\n');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['a.trial.yaml']);
  });

  it('leaves the old file untouched when the write fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trialyaml-atomic-'));
    await expect(writeFileAtomic(join(dir, 'missing-folder', 'x.yaml'), 'x')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});
