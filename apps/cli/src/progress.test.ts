import { describe, expect, it } from 'vitest';
import type { CliIO } from './cli-io.js';
import { progressLine } from './progress.js';

function io(isTTY: boolean): { io: CliIO; written: string[] } {
  const written: string[] = [];
  const stream = { write: (text: string) => written.push(text), isTTY };
  return { io: { cwd: '/', env: {}, stdout: { write: () => true }, stderr: stream }, written };
}

describe('progressLine', () => {
  it('counts files on a terminal for long runs, then clears the line', () => {
    const { io: terminal, written } = io(true);
    const progress = progressLine(terminal, 200, 'linting');
    progress.tick(1);
    progress.tick(200);
    progress.done();
    expect(written).toEqual(['\rlinting 1/200 files', '\rlinting 200/200 files', '\r\u001b[2K']);
  });

  it('stays silent when stderr is not a terminal, or the run is short', () => {
    for (const [isTTY, total] of [
      [false, 500],
      [true, 10],
    ] as const) {
      const { io: quiet, written } = io(isTTY);
      const progress = progressLine(quiet, total, 'linting');
      progress.tick(total);
      progress.done();
      expect(written).toEqual([]);
    }
  });
});
