import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UsageError } from './exit-codes.js';
import { lintFile, type LintFileOutcome, type LintFileTask } from './lint-file.js';

/** Below this many files per thread, starting a worker costs more than it saves. */
const FILES_PER_EXTRA_THREAD = 40;
const MAX_THREADS = 8;
/** The most threads --concurrency may ask for: each is a V8 heap of its own. */
const MAX_ASKED = 64;
/** Files per message to a worker: fewer messages, while small enough to balance the threads at the end. */
const MAX_BATCH = 16;

/** The launcher beside the bundle this code runs from (dist/). */
function launcherPath(): string {
  return fileURLToPath(new URL('./launcher.cjs', import.meta.url));
}

/** A worker's answer for the batch of tasks starting at `from`: an outcome per file, or the first error. */
export interface BatchReply {
  from: number;
  outcomes?: LintFileOutcome[];
  error?: string;
  usage?: boolean;
}

/**
 * Lints files on every core (or `concurrency` threads): this thread and, for large runs, a worker thread per
 * further core. Workers take batches of files (two in flight each, so they never wait for the next), this thread
 * takes single files in between handling their replies. Results come back in the order of `tasks`; `onDone`
 * reports progress.
 */
export async function lintAll(
  tasks: readonly LintFileTask[],
  concurrency: number | undefined,
  onDone: (count: number) => void,
): Promise<LintFileOutcome[]> {
  const threads = Math.min(
    concurrency === undefined
      ? Math.min(MAX_THREADS, availableParallelism())
      : Math.min(concurrency, MAX_ASKED),
    Math.max(1, Math.floor(tasks.length / FILES_PER_EXTRA_THREAD)),
  );
  const outcomes = new Array<LintFileOutcome>(tasks.length);
  let done = 0;
  let next = 0;
  const batchSize = Math.max(1, Math.min(MAX_BATCH, Math.floor(tasks.length / (threads * 8))));
  const workers = Array.from(
    { length: Math.max(0, threads - 1) },
    // The launcher loads the worker's code with the compiled-code cache, as it does the command line's.
    () => new Worker(`require(${JSON.stringify(launcherPath())}).runLintWorker();`, { eval: true }),
  );

  const sendBatch = (worker: Worker): boolean => {
    if (next >= tasks.length) return false;
    const from = next;
    next = Math.min(tasks.length, from + batchSize);
    worker.postMessage({ from, tasks: tasks.slice(from, next) });
    return true;
  };

  const workersDone = workers.map(
    (worker) =>
      new Promise<void>((resolve, reject) => {
        let inFlight = 0;
        worker.on('message', (reply: BatchReply) => {
          inFlight--;
          if (reply.error !== undefined || !reply.outcomes) {
            reject(
              reply.usage
                ? new UsageError(reply.error ?? '')
                : new Error(reply.error ?? 'lint worker failed'),
            );
            return;
          }
          reply.outcomes.forEach((outcome, offset) => (outcomes[reply.from + offset] = outcome));
          done += reply.outcomes.length;
          onDone(done);
          if (sendBatch(worker)) inFlight++;
          else if (inFlight === 0) resolve();
        });
        worker.on('error', reject);
        worker.on('exit', (code) =>
          code === 0 ? resolve() : reject(new Error(`lint worker exited with ${code}`)),
        );
        for (let i = 0; i < 2; i++) if (sendBatch(worker)) inFlight++;
        if (inFlight === 0) resolve();
      }),
  );
  // A worker's failure must not wait for this thread's share of the files.
  let failure: Error | undefined;
  const watched = Promise.all(workersDone).catch((error: unknown) => {
    failure ??= error instanceof Error ? error : new Error(String(error));
  });

  try {
    while (next < tasks.length && failure === undefined) {
      const index = next++;
      outcomes[index] = await lintFile(tasks[index] as LintFileTask);
      onDone(++done);
      // Linting a file does not wait for anything: let the workers' replies in between files.
      if (workers.length) await new Promise((resolve) => setImmediate(resolve));
    }
    await watched;
    if (failure !== undefined) throw failure;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return outcomes;
}
