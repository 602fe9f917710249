import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('../src/browser/server.ts', import.meta.url));

/**
 * Runs the web-worker build in a worker thread that looks like a browser worker: messages through
 * `onmessage`/`postMessage` on the global scope, and no Node globals (`process`, `require`, `Buffer`,
 * `setImmediate`: the lint pauses through a MessageChannel there) in scope.
 */
const WORKER_SHIM = `
const { parentPort } = require('node:worker_threads');
const scope = {
  postMessage: (message) => parentPort.postMessage(message),
  addEventListener: () => {},
  removeEventListener: () => {},
  set onmessage(listener) { parentPort.on('message', (data) => listener({ data })); },
};
Object.assign(globalThis, { self: scope, postMessage: scope.postMessage, addEventListener: scope.addEventListener });
Object.defineProperty(globalThis, 'onmessage', { set(listener) { scope.onmessage = listener; } });
(function (process, require, Buffer, setImmediate, __dirname, __filename, module, exports) {
`;

describe('the web-worker build', () => {
  let worker: Worker | undefined;
  afterAll(async () => {
    await worker?.terminate();
  });

  it('bundles for the browser and serves diagnostics and completion from a worker', async () => {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.text ?? '';
    worker = new Worker(`${WORKER_SHIM}${code}\n})();`, { eval: true });
    const pending = new Map<number, (result: unknown) => void>();
    worker.on('message', (message: { id?: number; result?: unknown }) => {
      if (message.id !== undefined) pending.get(message.id)?.(message.result);
    });
    let id = 0;
    const request = (method: string, params: unknown) =>
      new Promise<unknown>((resolve) => {
        pending.set(++id, resolve);
        worker?.postMessage({ jsonrpc: '2.0', id, method, params });
      });
    const notify = (method: string, params: unknown) =>
      worker?.postMessage({ jsonrpc: '2.0', method, params });

    const init = (await request('initialize', {
      processId: null,
      rootUri: null,
      capabilities: { textDocument: { diagnostic: {} } },
    })) as { capabilities: { diagnosticProvider?: unknown } };
    expect(init.capabilities.diagnosticProvider).toBeDefined();
    notify('initialized', {});
    const uri = 'vscode-vfs://github/x/a.trial.yaml';
    notify('textDocument/didOpen', {
      textDocument: {
        uri,
        languageId: 'trial-yaml',
        version: 1,
        text: 'statusModule:\n  overallStatus: TERMINATED\n',
      },
    });
    const report = (await request('textDocument/diagnostic', { textDocument: { uri } })) as {
      items: Array<{ code: string }>;
    };
    expect(report.items.map((item) => item.code)).toContain('why-stopped-required');
    const completion = (await request('textDocument/completion', {
      textDocument: { uri },
      position: { line: 1, character: 17 },
    })) as { items: Array<{ label: string }> };
    expect(completion.items.map((item) => item.label)).toContain('RECRUITING');
  });
});
