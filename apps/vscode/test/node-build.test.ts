// The Node build, which the web end-to-end test does not run: dist/server.js speaks LSP over stdio and lints like
// the CLI, and dist/extension.js loads in Node and exports activate/deactivate.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const example = join(root, '..', '..', 'examples', 'NCT04011033.trial.yaml');

/** A minimal LSP client over stdio: Content-Length framed JSON-RPC. */
class StdioClient {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (result: unknown) => void>();
  private readonly listeners: Array<(message: { method?: string; params?: unknown }) => void> = [];

  constructor(private readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (;;) {
        const headerEnd = this.buffer.indexOf('\r\n\r\n');
        if (headerEnd < 0) return;
        const length = Number(
          /Content-Length: (\d+)/i.exec(this.buffer.toString('ascii', 0, headerEnd))?.[1],
        );
        if (this.buffer.length < headerEnd + 4 + length) return;
        const body = this.buffer.toString('utf8', headerEnd + 4, headerEnd + 4 + length);
        this.buffer = this.buffer.subarray(headerEnd + 4 + length);
        this.receive(
          JSON.parse(body) as { id?: number; method?: string; params?: unknown; result?: unknown },
        );
      }
    });
  }

  request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return new Promise((resolve) => this.pending.set(id, resolve));
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  next(method: string): Promise<unknown> {
    return new Promise((resolve) => {
      const listener = (message: { method?: string; params?: unknown }): void => {
        if (message.method !== method) return;
        this.listeners.splice(this.listeners.indexOf(listener), 1);
        resolve(message.params);
      };
      this.listeners.push(listener);
    });
  }

  private receive(message: { id?: number; method?: string; params?: unknown; result?: unknown }): void {
    if (message.method !== undefined && message.id !== undefined) {
      // A request from the server (configuration, registrations): answer with nothing.
      this.send({
        jsonrpc: '2.0',
        id: message.id,
        result: message.method === 'workspace/configuration' ? [{}] : null,
      });
      return;
    }
    if (message.id !== undefined) this.pending.get(message.id)?.(message.result);
    else for (const listener of [...this.listeners]) listener(message);
  }

  private send(message: object): void {
    const body = JSON.stringify(message);
    this.child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }
}

let server: ChildProcessWithoutNullStreams;
let client: StdioClient;

beforeAll(() => {
  for (const built of ['dist/extension.js', 'dist/server.js']) {
    if (!existsSync(join(root, built))) throw new Error(`${built} is missing: run \`npm run build\` first.`);
  }
  server = spawn(process.execPath, [join(root, 'dist', 'server.js'), '--stdio'], { stdio: 'pipe' });
  client = new StdioClient(server);
});

afterAll(() => {
  server?.kill();
});

describe('dist/server.js', () => {
  it('initializes over stdio and publishes the CLI rules as diagnostics', async () => {
    const init = (await client.request('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
      workspaceFolders: null,
    })) as { capabilities: Record<string, unknown>; serverInfo?: { name: string } };
    expect(init.capabilities).toHaveProperty('completionProvider');
    expect(init.capabilities).toHaveProperty('hoverProvider');
    expect(init.capabilities).toHaveProperty('codeActionProvider');
    client.notify('initialized', {});
    const published = client.next('textDocument/publishDiagnostics');
    client.notify('textDocument/didOpen', {
      textDocument: {
        uri: pathToFileURL(example).href,
        languageId: 'trial-yaml',
        version: 1,
        text: readFileSync(example, 'utf8'),
      },
    });
    const { diagnostics } = (await published) as { diagnostics: Array<{ code: unknown; source: string }> };
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain('official-title-required');
    expect(new Set(diagnostics.map((diagnostic) => diagnostic.source))).toEqual(new Set(['trialyaml']));
  });
});

describe('dist/extension.js', () => {
  it('loads in Node (vscode provided by the host) and exports activate and deactivate', () => {
    const require = createRequire(import.meta.url);
    const Module = require('node:module') as { _load: (request: string, ...rest: unknown[]) => unknown };
    const original = Module._load;
    // The API's top-level names (from @types/vscode), each a stub that is constructible and whose properties are
    // stubs: only what the bundle touches while loading; nothing is called.
    const stub: unknown = new Proxy(function vscodeStub() {}, { get: () => stub });
    const types = readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
    const vscode = Object.fromEntries(
      [...types.matchAll(/^\texport (?:class|enum|namespace|const|let|function) (\w+)/gm)].map((m) => [
        m[1],
        stub,
      ]),
    );
    Module._load = (request, ...rest) => (request === 'vscode' ? vscode : original(request, ...rest));
    try {
      const extension = require(join(root, 'dist', 'extension.js')) as Record<string, unknown>;
      expect(typeof extension.activate).toBe('function');
      expect(typeof extension.deactivate).toBe('function');
    } finally {
      Module._load = original;
    }
  });
});
