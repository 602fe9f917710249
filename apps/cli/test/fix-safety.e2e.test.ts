import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTrial } from '@trialyaml/core';
import { describe, expect, it } from 'vitest';
import { AS_OF, cleanTrial, runCli, tempProject } from './run-cli.js';

/** The limit the CLI reads trial files up to (core's DEFAULT_MAX_BYTES). */
const MAX_BYTES = 8 * 1024 * 1024;

describe('trialyaml lint --fix never leaves a file it cannot read back', () => {
  it('fixes a flow mapping with a trailing comma (issue 17) into text that reads, keeping its comment', () => {
    expect(cleanTrial).toContain(
      '      masking: DOUBLE\n      whoMasked:\n        - PARTICIPANT\n        - INVESTIGATOR\n',
    );
    const text = cleanTrial.replace(
      '    maskingInfo:\n      masking: DOUBLE\n      whoMasked:\n        - PARTICIPANT\n        - INVESTIGATOR\n',
      '    maskingInfo: {whoMasked: [PARTICIPANT, INVESTIGATOR],}  # who is blinded\n',
    );
    const dir = tempProject({ 'a.trial.yaml': text });
    const run = runCli(['lint', '--fix', '--as-of', AS_OF, 'a.trial.yaml'], { cwd: dir });
    const fixed = readFileSync(join(dir, 'a.trial.yaml'), 'utf8');
    expect(fixed).toContain(
      '    maskingInfo: {whoMasked: [PARTICIPANT, INVESTIGATOR], masking: DOUBLE,}  # who is blinded\n',
    );
    expect(loadTrial(fixed).ok).toBe(true);
    expect(run.stderr).toContain('fixed 1 file.');
    expect(run.status).toBe(0);
  });

  it('leaves a file byte-identical when its fixed text would not read, and says why', () => {
    // A file one byte under the size limit: its fix (NONE → DOUBLE) would make it too large to read again.
    const text = cleanTrial.replace('      masking: DOUBLE\n', '      masking: NONE\n');
    const padding = MAX_BYTES - 1 - Buffer.byteLength(text) - '# \n'.length;
    const original = Buffer.from(`# ${'x'.repeat(padding)}\n${text}`);
    expect(original.byteLength).toBe(MAX_BYTES - 1);
    const dir = tempProject({ 'big.trial.yaml': original });
    const run = runCli(['lint', '--fix', '--as-of', AS_OF, 'big.trial.yaml'], { cwd: dir });
    expect(readFileSync(join(dir, 'big.trial.yaml')).equals(original)).toBe(true);
    expect(run.stderr).toContain(
      'trialyaml: big.trial.yaml: fixes not applied, the file was left unchanged: the fixed text would be too large to read (The file is 8.0 MB, more than the 8.0 MB a trial file may have).',
    );
    expect(run.stderr).toContain('fixed 0 files.');
    // The finding the fix would have repaired is still reported.
    expect(run.stdout).toContain('masking-level-matches-roles');
    expect(run.status).toBe(1);
  });
});
