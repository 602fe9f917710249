import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { UsageError } from './exit-codes.js';
import { lintFile, type LintFileOutcome, type LintFileTask } from './lint-file.js';

/** Below this many files, starting workers costs more than it saves. */
const FILES_PER_EXTRA_THREAD = 40;
const MAX_THREADS = 8;

/**
 * Lints files on every core: worker threads for large runs, this thread for small ones. Results come back in
 * the order of `tasks`; `onDone` reports progress.
 */
export async function lintAll(
  tasks: readonly LintFileTask[],
  onDone: (count: number) => void,
): Promise<LintFileOutcome[]> {
  const threads = Math.min(
    MAX_THREADS,
    availableParallelism(),
    Math.floor(tasks.length / FILES_PER_EXTRA_THREAD),
  );
  const outcomes: LintFileOutcome[] = new Array<LintFileOutcome>(tasks.length);
  let done = 0;
  if (threads < 2) {
    for (const [index, task] of tasks.entries()) {
      outcomes[index] = await lintFile(task);
      onDone(++done);
    }
    return outcomes;
  }
  let next = 0;
  const workers = Array.from(
    { length: threads },
    () => new Worker(new URL('./lint-worker.mjs', import.meta.url)),
  );
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let inFlight = 0;
            const send = (): void => {
              if (next >= tasks.length) {
                if (inFlight === 0) resolve();
                return;
              }
              const index = next++;
              inFlight++;
              worker.postMessage({ ...tasks[index], index });
            };
            worker.on(
              'message',
              (message: { index: number; outcome?: LintFileOutcome; error?: string; usage?: boolean }) => {
                inFlight--;
                if (message.error !== undefined || !message.outcome) {
                  return reject(
                    message.usage
                      ? new UsageError(message.error ?? '')
                      : new Error(message.error ?? 'lint worker failed'),
                  );
                }
                outcomes[message.index] = message.outcome;
                onDone(++done);
                send();
              },
            );
            worker.on('error', reject);
            worker.on('exit', (code) =>
              code === 0 ? resolve() : reject(new Error(`lint worker exited with ${code}`)),
            );
            // Two files in flight per worker keeps it busy while results travel back.
            send();
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return outcomes;
}
