import type { Worker } from 'node:worker_threads';
import { UsageError } from '../exit-codes.js';
import { lintFile, type LintedFile, type LintFileTask } from '../lint-file.js';
import { lintThreads, startLintWorker, type EarlyLintWorker } from './lint-threads.js';

/** Files per message to a worker: fewer messages, while small enough to balance the threads at the end. */
const MAX_BATCH = 16;

/** Workers the launcher started before this code loaded (see wantsEarlyLintWorker), not yet taken. */
let earlyWorkers: EarlyLintWorker[] = [];

/** Hands the pool a worker started early: the next run uses it before starting others, or stops it. */
export function adoptEarlyLintWorker(early: EarlyLintWorker): void {
  earlyWorkers.push(early);
}

/** A worker for the pool: one started early if it is still there, else a new one. */
function takeWorker(): Worker {
  for (let early = earlyWorkers.shift(); early; early = earlyWorkers.shift()) {
    if (early.exited()) continue;
    // Started unreferenced (see startEarlyLintWorker): the run now waits for its replies.
    early.worker.ref();
    return early.worker;
  }
  return startLintWorker();
}

/** A worker's answer for the batch of tasks starting at `from`: an outcome per file, or the first error. */
export interface BatchReply {
  from: number;
  outcomes?: LintedFile[];
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
): Promise<LintedFile[]> {
  const threads = lintThreads(tasks.length, concurrency);
  const outcomes = new Array<LintedFile>(tasks.length);
  let done = 0;
  let next = 0;
  const batchSize = Math.max(1, Math.min(MAX_BATCH, Math.floor(tasks.length / (threads * 8))));
  const workers = Array.from({ length: Math.max(0, threads - 1) }, takeWorker);
  // Workers started early that this run does not need (fewer files than the folder had entries).
  for (const early of earlyWorkers) void early.worker.terminate();
  earlyWorkers = [];

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
