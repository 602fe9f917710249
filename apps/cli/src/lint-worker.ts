// Worker thread of the lint pool: lints the files it is sent, one message per file back.
import { parentPort } from 'node:worker_threads';
import { UsageError } from './exit-codes.js';
import { lintFile, type LintFileTask } from './lint-file.js';

parentPort?.on('message', (task: LintFileTask & { index: number }) => {
  lintFile(task).then(
    (outcome) => parentPort?.postMessage({ index: task.index, outcome }),
    (error: unknown) =>
      parentPort?.postMessage({
        index: task.index,
        error: error instanceof Error ? error.message : String(error),
        usage: error instanceof UsageError,
      }),
  );
});
