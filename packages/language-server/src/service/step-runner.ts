import type { CancellationToken } from 'vscode-languageserver';

/**
 * How long work in steps runs before it pauses for the event loop. Requests read meanwhile (a hover, a
 * completion) then wait at most this long, plus the one step under way.
 */
export const SLICE_MS = 5;

/**
 * Resolves on a later turn of the event loop (a macrotask, so that messages read meanwhile are handled first):
 * `setImmediate` in Node, a `MessageChannel` in a web worker (a zero-delay `setTimeout` is clamped to 4 ms
 * once nested), else `setTimeout`.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resume) => {
    if (typeof setImmediate === 'function') setImmediate(resume);
    else if (typeof MessageChannel === 'function') {
      const channel = new MessageChannel();
      // The DOM's port (`onmessage`); Node's type of it declares listeners differently.
      const port = channel.port1 as unknown as { onmessage: (() => void) | null; close(): void };
      port.onmessage = () => {
        port.close();
        resume();
      };
      channel.port2.postMessage(undefined);
    } else setTimeout(resume, 0);
  });
}

/**
 * Runs a generator's steps to its return value, pausing for the event loop whenever a slice of
 * {@link SLICE_MS} is used up. Before each step, `stop()` may give up: the generator is then closed (its
 * `finally` blocks run) and the result is `undefined`.
 */
export async function runSteps<T>(
  steps: Generator<void, T, void>,
  stop: () => boolean,
  sliceMs = SLICE_MS,
): Promise<T | undefined> {
  let sliceStart = performance.now();
  try {
    for (;;) {
      if (stop()) return undefined;
      const step = steps.next();
      if (step.done) return step.value;
      if (performance.now() - sliceStart >= sliceMs) {
        await yieldToEventLoop();
        sliceStart = performance.now();
      }
    }
  } finally {
    // Closes a generator left before its end (stopped, or a step threw); no effect on a finished one.
    steps.return(undefined as T);
  }
}

/** `work`'s result, or `undefined` as soon as `token` is cancelled (the work itself goes on for others). */
export function unlessCancelled<T>(
  work: Promise<T>,
  token: CancellationToken | undefined,
): Promise<T | undefined> {
  if (!token) return work;
  if (token.isCancellationRequested) return Promise.resolve(undefined);
  return new Promise<T | undefined>((resolve, reject) => {
    const listener = token.onCancellationRequested(() => resolve(undefined));
    work.then(
      (value) => {
        listener.dispose();
        resolve(value);
      },
      (error: unknown) => {
        listener.dispose();
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
