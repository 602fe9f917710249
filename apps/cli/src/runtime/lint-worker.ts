// Worker thread of the lint pool: lints the batches of files it is sent, one reply per batch. Started by the
// launcher (launcher.ts), which loads this bundle with V8's code cache.
import { parentPort } from 'node:worker_threads';
import { UsageError } from '../exit-codes.js';
import { lintFile, type LintedFile, type LintFileTask } from '../lint-file.js';
import type { BatchReply } from './lint-pool.js';

/** Answers the pool's batches; `afterFirstBatch` runs once, when the first reply is sent. */
export function serveLintBatches(afterFirstBatch?: () => void): void {
  let firstDone = afterFirstBatch;
  parentPort?.on('message', ({ from, tasks }: { from: number; tasks: LintFileTask[] }) => {
    void lintBatch(tasks)
      .then(
        (outcomes) => parentPort?.postMessage({ from, outcomes } satisfies BatchReply),
        (error: unknown) =>
          parentPort?.postMessage({
            from,
            error: error instanceof Error ? error.message : String(error),
            usage: error instanceof UsageError,
          } satisfies BatchReply),
      )
      .then(() => {
        firstDone?.();
        firstDone = undefined;
      });
  });
}

async function lintBatch(tasks: readonly LintFileTask[]): Promise<LintedFile[]> {
  const outcomes: LintedFile[] = [];
  for (const task of tasks) outcomes.push(await lintFile(task));
  return outcomes;
}
