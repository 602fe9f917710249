import { describe, expect, it } from 'vitest';
import { CancellationTokenSource } from 'vscode-languageserver';
import { runSteps, unlessCancelled, yieldToEventLoop } from './step-runner.js';

/** `count` steps, recording how far they got and whether the generator was closed. */
function counting(count: number) {
  const seen = { steps: 0, closed: false };
  function* steps(): Generator<void, string, void> {
    try {
      for (let i = 0; i < count; i++) {
        seen.steps++;
        yield;
      }
      return 'done';
    } finally {
      seen.closed = true;
    }
  }
  return { seen, steps: steps() };
}

describe('runSteps', () => {
  it('runs every step and returns the value', async () => {
    const { seen, steps } = counting(50);
    await expect(runSteps(steps, () => false)).resolves.toBe('done');
    expect(seen).toEqual({ steps: 50, closed: true });
  });

  it('lets other work run between steps once a slice is used up (a zero slice: after every step)', async () => {
    const { steps } = counting(10);
    let turns = 0;
    const ticking = (async () => {
      for (let i = 0; i < 100; i++) {
        await yieldToEventLoop();
        turns++;
      }
    })();
    await runSteps(steps, () => false, 0);
    expect(turns).toBeGreaterThanOrEqual(9);
    await ticking;
  });

  it('stops when asked, before the next step, and closes the generator', async () => {
    const { seen, steps } = counting(50);
    await expect(runSteps(steps, () => seen.steps === 7)).resolves.toBeUndefined();
    expect(seen).toEqual({ steps: 7, closed: true });
  });
});

describe('unlessCancelled', () => {
  it('gives the result, or undefined as soon as the token is cancelled', async () => {
    await expect(unlessCancelled(Promise.resolve(3), undefined)).resolves.toBe(3);
    const source = new CancellationTokenSource();
    await expect(unlessCancelled(Promise.resolve(3), source.token)).resolves.toBe(3);
    const never = new Promise<number>(() => undefined);
    const waiting = unlessCancelled(never, source.token);
    source.cancel();
    await expect(waiting).resolves.toBeUndefined();
    await expect(unlessCancelled(Promise.resolve(3), source.token)).resolves.toBeUndefined();
  });
});
